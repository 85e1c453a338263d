/*M!999999\- enable the sandbox mode */ 
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: localhost    Database: lab
-- ------------------------------------------------------
-- Server version	10.11.19-MariaDB-0+deb12u1

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

--
-- Table structure for table `clinics`
--

DROP TABLE IF EXISTS `clinics`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `clinics` (
  `clinic_id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `city` varchar(60) NOT NULL,
  `practice_type` enum('small_animal','equine','farm','mixed') NOT NULL,
  `discount_pct` decimal(4,1) NOT NULL DEFAULT 0.0 COMMENT 'negotiated discount off the catalogue list price, in percent (e.g. 10.0 = 10% off)',
  `account_opened` date NOT NULL,
  PRIMARY KEY (`clinic_id`),
  UNIQUE KEY `uq_clinics_name` (`name`)
) ENGINE=InnoDB AUTO_INCREMENT=11 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `clinics`
--

LOCK TABLES `clinics` WRITE;
/*!40000 ALTER TABLE `clinics` DISABLE KEYS */;
INSERT INTO `clinics` VALUES
(1,'Riverside Animal Hospital','Utrecht','small_animal',10.0,'2019-03-01'),
(2,'Hillcrest Equine Practice','Amersfoort','equine',5.0,'2020-06-15'),
(3,'Moorland Farm Vets','Barneveld','farm',12.5,'2018-01-10'),
(4,'Oakfield Veterinary Centre','Zeist','mixed',0.0,'2021-09-01'),
(5,'Pawsitive Care Clinic','Utrecht','small_animal',0.0,'2022-02-14'),
(6,'Dales Mixed Practice','Veenendaal','mixed',7.5,'2017-05-20'),
(7,'City Cat Clinic','Amersfoort','small_animal',0.0,'2023-04-03'),
(8,'Northgate Vets','Hilversum','small_animal',5.0,'2020-11-11'),
(9,'Wharfe Valley Equine','Woerden','equine',0.0,'2025-10-01'),
(10,'Harbour Exotics','Utrecht','small_animal',0.0,'2025-11-17');
/*!40000 ALTER TABLE `clinics` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `invoices`
--

DROP TABLE IF EXISTS `invoices`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `invoices` (
  `invoice_id` int(11) NOT NULL AUTO_INCREMENT,
  `clinic_id` int(11) NOT NULL,
  `issued_on` date NOT NULL,
  `due_on` date NOT NULL,
  `amount_cents` int(11) NOT NULL COMMENT 'invoice total in euro cents, after discount, incl. VAT',
  `paid_on` date DEFAULT NULL COMMENT 'NULL = not paid yet',
  PRIMARY KEY (`invoice_id`),
  KEY `idx_invoices_clinic` (`clinic_id`),
  CONSTRAINT `fk_invoices_clinic` FOREIGN KEY (`clinic_id`) REFERENCES `clinics` (`clinic_id`)
) ENGINE=InnoDB AUTO_INCREMENT=34 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `invoices`
--

LOCK TABLES `invoices` WRITE;
/*!40000 ALTER TABLE `invoices` DISABLE KEYS */;
INSERT INTO `invoices` VALUES
(1,1,'2024-02-01','2024-03-02',3485,'2024-03-13'),
(2,2,'2024-02-01','2024-03-02',5518,'2024-03-20'),
(3,3,'2024-02-01','2024-03-02',2647,'2024-02-23'),
(4,5,'2024-03-01','2024-03-31',9317,'2024-03-19'),
(5,7,'2024-03-01','2024-03-31',10406,'2024-04-05'),
(6,1,'2024-04-01','2024-05-01',5118,'2024-04-10'),
(7,4,'2024-04-01','2024-05-01',7502,'2024-04-19'),
(8,2,'2024-05-01','2024-05-31',13794,'2024-05-30'),
(9,6,'2024-05-01','2024-05-31',3246,'2024-05-10'),
(10,4,'2024-06-01','2024-07-01',3025,'2024-07-06'),
(11,5,'2024-06-01','2024-07-01',3872,'2024-07-19'),
(12,1,'2024-07-01','2024-07-31',7078,'2024-07-23'),
(13,7,'2024-07-01','2024-07-31',7502,'2024-08-11'),
(14,1,'2024-08-01','2024-08-31',6316,'2024-08-23'),
(15,5,'2024-09-01','2024-10-01',5808,'2024-09-15'),
(16,2,'2024-10-01','2024-10-31',6092,'2024-11-11'),
(17,8,'2024-10-01','2024-10-31',8161,'2024-10-23'),
(18,6,'2024-11-01','2024-12-01',2798,'2024-11-28'),
(19,1,'2024-12-01','2024-12-31',3376,'2025-01-05'),
(20,7,'2024-12-01','2024-12-31',5687,'2024-12-30'),
(21,3,'2025-02-01','2025-03-03',2223,'2025-02-10'),
(22,4,'2025-02-01','2025-03-03',4235,'2025-02-23'),
(23,1,'2025-03-01','2025-03-31',10128,'2025-03-28'),
(24,2,'2025-04-01','2025-05-01',13794,'2025-04-15'),
(25,5,'2025-05-01','2025-05-31',18755,'2025-05-28'),
(26,6,'2025-05-01','2025-05-31',3246,'2025-06-05'),
(27,1,'2025-06-01','2025-07-01',6752,'2025-06-15'),
(28,4,'2025-07-01','2025-07-31',7502,'2025-08-11'),
(29,7,'2025-08-01','2025-08-31',3872,'2025-08-23'),
(30,2,'2025-09-01','2025-10-01',2874,NULL),
(31,5,'2025-10-01','2025-10-31',5324,'2025-10-10'),
(32,1,'2025-11-01','2025-12-01',5554,'2025-12-12'),
(33,3,'2025-12-01','2025-12-31',3388,NULL);
/*!40000 ALTER TABLE `invoices` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `patients`
--

DROP TABLE IF EXISTS `patients`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `patients` (
  `patient_id` int(11) NOT NULL AUTO_INCREMENT,
  `clinic_id` int(11) NOT NULL COMMENT 'submitting clinic that owns the patient record',
  `name` varchar(60) NOT NULL COMMENT 'animal''s name as given by the clinic',
  `species` enum('dog','cat','horse','cattle','rabbit','bird') NOT NULL,
  `breed` varchar(60) DEFAULT NULL COMMENT 'NULL = breed not stated / mixed',
  `birth_date` date DEFAULT NULL COMMENT 'NULL = date of birth unknown',
  PRIMARY KEY (`patient_id`),
  KEY `idx_patients_clinic` (`clinic_id`),
  CONSTRAINT `fk_patients_clinic` FOREIGN KEY (`clinic_id`) REFERENCES `clinics` (`clinic_id`)
) ENGINE=InnoDB AUTO_INCREMENT=29 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `patients`
--

LOCK TABLES `patients` WRITE;
/*!40000 ALTER TABLE `patients` DISABLE KEYS */;
INSERT INTO `patients` VALUES
(1,1,'Max','dog','Labrador Retriever','2016-04-12'),
(2,1,'Luna','cat','British Shorthair','2012-09-03'),
(3,1,'Bobby','dog',NULL,NULL),
(4,1,'Pip','rabbit','Netherland Dwarf','2021-05-30'),
(5,2,'Storm','horse','KWPN','2009-05-02'),
(6,2,'Bella','horse','Friesian','2014-03-21'),
(7,2,'Duke','horse',NULL,'2003-06-10'),
(8,3,'Clara 412','cattle','Holstein-Friesian','2020-02-01'),
(9,3,'Berta 77','cattle','Holstein-Friesian','2019-01-15'),
(10,3,'Fien 230','cattle','MRIJ',NULL),
(11,4,'Rocky','dog','Border Collie','2015-07-07'),
(12,4,'Sjors','horse','Haflinger','2011-08-19'),
(13,4,'Minoes','cat',NULL,'2010-01-01'),
(14,5,'Charlie','dog','Golden Retriever','2013-11-25'),
(15,5,'Nala','cat','Maine Coon','2018-06-14'),
(16,5,'Kiki','bird','African Grey Parrot','2005-01-01'),
(17,5,'Bruno','dog','French Bulldog','2020-10-02'),
(18,6,'Tess','dog','Dachshund','2014-02-28'),
(19,6,'Greet 15','cattle','Blonde dAquitaine','2018-04-04'),
(20,6,'Moos','cat',NULL,NULL),
(21,7,'Simba','cat','Persian','2008-08-08'),
(22,7,'Poes','cat',NULL,'2016-03-03'),
(23,7,'Mimi','cat','Siamese','2011-12-12'),
(24,8,'Rex','dog','German Shepherd','2012-05-05'),
(25,8,'Bolletje','rabbit',NULL,NULL),
(26,9,'Thunder','horse','Arabian','2012-07-01'),
(27,9,'Daisy','horse','Shetland Pony','2006-04-20'),
(28,1,'Olli','cat','Ragdoll','2022-03-09');
/*!40000 ALTER TABLE `patients` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `samples`
--

DROP TABLE IF EXISTS `samples`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `samples` (
  `sample_id` int(11) NOT NULL AUTO_INCREMENT,
  `accession_no` varchar(12) NOT NULL COMMENT 'lab accession number printed on the tube label',
  `patient_id` int(11) NOT NULL,
  `sample_type` enum('whole_blood','serum','urine','feces','swab','tissue') NOT NULL,
  `collected_at` datetime NOT NULL COMMENT 'when the clinic drew/collected the sample (clinic local time)',
  `received_at` datetime NOT NULL COMMENT 'when the sample arrived at the lab reception',
  `status` enum('received','in_progress','completed','rejected') NOT NULL DEFAULT 'received',
  `rejection_reason` varchar(80) DEFAULT NULL COMMENT 'only set when status = rejected',
  PRIMARY KEY (`sample_id`),
  UNIQUE KEY `uq_samples_accession` (`accession_no`),
  KEY `idx_samples_patient` (`patient_id`),
  CONSTRAINT `fk_samples_patient` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`patient_id`)
) ENGINE=InnoDB AUTO_INCREMENT=41 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `samples`
--

LOCK TABLES `samples` WRITE;
/*!40000 ALTER TABLE `samples` DISABLE KEYS */;
INSERT INTO `samples` VALUES
(1,'L24-00001',1,'serum','2024-01-09 09:40:00','2024-01-10 13:12:00','completed',NULL),
(2,'L24-00002',5,'whole_blood','2024-01-16 14:15:00','2024-01-17 09:18:00','completed',NULL),
(3,'L24-00003',8,'feces','2024-01-23 07:30:00','2024-01-24 12:36:00','completed',NULL),
(4,'L24-00004',14,'whole_blood','2024-02-05 11:05:00','2024-02-06 15:31:00','completed',NULL),
(5,'L24-00005',21,'serum','2024-02-19 16:20:00','2024-02-20 10:12:00','completed',NULL),
(6,'L24-00006',11,'urine','2024-03-04 10:10:00','2024-03-05 11:36:00','completed',NULL),
(7,'L24-00007',9,'serum','2024-03-12 06:45:00','2024-03-13 13:18:00','rejected','haemolysed'),
(8,'L24-00008',2,'serum','2024-03-25 15:00:00','2024-03-26 08:36:00','completed',NULL),
(9,'L24-00009',6,'serum','2024-04-08 08:25:00','2024-04-09 08:07:00','completed',NULL),
(10,'L24-00010',18,'feces','2024-04-22 13:50:00','2024-04-23 13:02:00','completed',NULL),
(11,'L24-00011',15,'whole_blood','2024-05-07 09:15:00','2024-05-08 13:44:00','completed',NULL),
(12,'L24-00012',12,'feces','2024-05-20 10:30:00','2024-05-21 08:55:00','completed',NULL),
(13,'L24-00013',22,'urine','2024-06-03 12:40:00','2024-06-04 13:18:00','completed',NULL),
(14,'L24-00014',1,'serum','2024-06-17 09:05:00','2024-06-18 09:07:00','completed',NULL),
(15,'L24-00015',3,'swab','2024-07-08 14:35:00','2024-07-10 09:49:00','completed',NULL),
(16,'L24-00016',10,'whole_blood','2024-07-22 07:20:00','2024-07-24 14:49:00','rejected','clotted sample'),
(17,'L24-00017',16,'whole_blood','2024-08-12 11:50:00','2024-08-13 11:55:00','completed',NULL),
(18,'L24-00018',24,'serum','2024-09-02 15:25:00','2024-09-03 11:02:00','completed',NULL),
(19,'L24-00019',7,'serum','2024-09-23 08:55:00','2024-09-24 14:55:00','completed',NULL),
(20,'L24-00020',19,'feces','2024-10-14 09:45:00','2024-10-15 09:36:00','completed',NULL),
(21,'L24-00021',23,'serum','2024-11-04 13:10:00','2024-11-05 09:18:00','completed',NULL),
(22,'L24-00022',4,'whole_blood','2024-11-25 10:20:00','2024-11-26 15:25:00','completed',NULL),
(23,'L24-00023',17,'urine','2024-12-09 11:35:00','2024-12-12 14:55:00','rejected','leaked in transit'),
(24,'L25-00024',13,'serum','2025-01-13 16:05:00','2025-01-14 10:25:00','completed',NULL),
(25,'L25-00025',8,'serum','2025-01-27 06:55:00','2025-01-28 12:49:00','completed',NULL),
(26,'L25-00026',1,'whole_blood','2025-02-17 09:30:00','2025-02-18 10:55:00','completed',NULL),
(27,'L25-00027',5,'serum','2025-03-10 10:45:00','2025-03-11 09:31:00','completed',NULL),
(28,'L25-00028',14,'serum','2025-04-07 14:20:00','2025-04-08 12:12:00','completed',NULL),
(29,'L25-00029',20,'feces','2025-04-28 12:15:00','2025-04-29 12:31:00','completed',NULL),
(30,'L25-00030',28,'urine','2025-05-19 10:55:00','2025-05-20 08:18:00','completed',NULL),
(31,'L25-00031',11,'serum','2025-06-16 09:10:00','2025-06-17 09:49:00','completed',NULL),
(32,'L25-00032',21,'whole_blood','2025-07-07 15:40:00','2025-07-08 09:18:00','completed',NULL),
(33,'L25-00033',6,'feces','2025-08-18 08:35:00','2025-08-19 14:31:00','completed',NULL),
(34,'L25-00034',15,'serum','2025-09-08 11:25:00','2025-09-09 14:55:00','completed',NULL),
(35,'L25-00035',2,'serum','2025-10-06 13:45:00','2025-10-07 10:25:00','completed',NULL),
(36,'L25-00036',9,'whole_blood','2025-11-03 07:15:00','2025-11-04 13:31:00','completed',NULL),
(37,'L25-00037',25,'swab','2025-11-24 10:05:00','2025-11-25 14:55:00','in_progress',NULL),
(38,'L25-00038',22,'serum','2025-12-01 14:50:00','2025-12-02 08:07:00','in_progress',NULL),
(39,'L25-00039',3,'serum','2025-12-08 09:20:00','2025-12-09 09:07:00','in_progress',NULL),
(40,'L25-00040',14,'whole_blood','2025-12-15 16:30:00','2025-12-16 08:07:00','received',NULL);
/*!40000 ALTER TABLE `samples` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `technicians`
--

DROP TABLE IF EXISTS `technicians`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `technicians` (
  `tech_id` int(11) NOT NULL AUTO_INCREMENT,
  `full_name` varchar(80) NOT NULL,
  `role` enum('director','supervisor','technician') NOT NULL,
  `supervisor_id` int(11) DEFAULT NULL COMMENT 'tech_id of the person this technician reports to; NULL for the lab director',
  `hired_on` date NOT NULL,
  PRIMARY KEY (`tech_id`),
  KEY `idx_tech_supervisor` (`supervisor_id`),
  CONSTRAINT `fk_tech_supervisor` FOREIGN KEY (`supervisor_id`) REFERENCES `technicians` (`tech_id`)
) ENGINE=InnoDB AUTO_INCREMENT=9 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `technicians`
--

LOCK TABLES `technicians` WRITE;
/*!40000 ALTER TABLE `technicians` DISABLE KEYS */;
INSERT INTO `technicians` VALUES
(1,'Marieke de Vries','director',NULL,'2012-04-01'),
(2,'Joost Bakker','supervisor',1,'2015-09-01'),
(3,'Sanne Visser','supervisor',1,'2016-02-15'),
(4,'Lars Jansen','technician',2,'2019-06-03'),
(5,'Emma Smit','technician',2,'2021-01-11'),
(6,'Daan Mulder','technician',3,'2020-03-02'),
(7,'Femke Bos','technician',3,'2023-08-21'),
(8,'Ruben Peters','technician',2,'2024-09-02');
/*!40000 ALTER TABLE `technicians` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `test_orders`
--

DROP TABLE IF EXISTS `test_orders`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `test_orders` (
  `order_id` int(11) NOT NULL AUTO_INCREMENT,
  `sample_id` int(11) NOT NULL,
  `test_id` int(11) NOT NULL,
  `tech_id` int(11) DEFAULT NULL COMMENT 'technician who performed the test; NULL until assigned (and for send-out tests)',
  `result_value` decimal(10,2) DEFAULT NULL COMMENT 'numeric result; NULL until resulted',
  `unit` varchar(16) DEFAULT NULL,
  `ref_low` decimal(10,2) DEFAULT NULL COMMENT 'lower limit of the species reference interval',
  `ref_high` decimal(10,2) DEFAULT NULL COMMENT 'upper limit of the species reference interval',
  `abnormal` tinyint(1) DEFAULT NULL COMMENT '1 = result outside the reference interval, 0 = within; NULL until resulted',
  `reported_at` datetime DEFAULT NULL COMMENT 'when the result was released to the clinic; NULL = not reported yet',
  `cancelled` tinyint(1) NOT NULL DEFAULT 0 COMMENT '1 = order cancelled (e.g. sample rejected) and will never be reported',
  PRIMARY KEY (`order_id`),
  KEY `idx_orders_sample` (`sample_id`),
  KEY `idx_orders_test` (`test_id`),
  KEY `idx_orders_tech` (`tech_id`),
  CONSTRAINT `fk_orders_sample` FOREIGN KEY (`sample_id`) REFERENCES `samples` (`sample_id`),
  CONSTRAINT `fk_orders_tech` FOREIGN KEY (`tech_id`) REFERENCES `technicians` (`tech_id`),
  CONSTRAINT `fk_orders_test` FOREIGN KEY (`test_id`) REFERENCES `tests` (`test_id`)
) ENGINE=InnoDB AUTO_INCREMENT=81 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `test_orders`
--

LOCK TABLES `test_orders` WRITE;
/*!40000 ALTER TABLE `test_orders` DISABLE KEYS */;
INSERT INTO `test_orders` VALUES
(1,1,5,3,72.90,'umol/L',44.00,133.00,0,'2024-01-11 09:12:00',0),
(2,1,6,5,158.99,'U/L',10.00,100.00,1,'2024-01-11 05:12:00',0),
(3,1,7,4,4.38,'mmol/L',3.90,6.10,0,'2024-01-10 21:12:00',0),
(4,2,1,7,67.27,'%',32.00,48.00,1,'2024-01-17 20:18:00',0),
(5,2,2,4,16.37,'10^9/L',5.40,14.30,1,'2024-01-18 00:18:00',0),
(6,2,3,4,175.47,'10^9/L',100.00,350.00,0,'2024-01-17 23:18:00',0),
(7,3,16,3,220.00,'EPG',0.00,150.00,1,'2024-01-26 07:36:00',0),
(8,4,1,3,71.72,'%',37.00,55.00,1,'2024-02-07 03:31:00',0),
(9,4,2,6,7.75,'10^9/L',6.00,17.00,0,'2024-02-07 00:31:00',0),
(10,4,4,NULL,5.36,'s',6.00,8.50,1,'2024-02-08 08:31:00',0),
(11,5,5,6,303.38,'umol/L',71.00,212.00,1,'2024-02-20 22:12:00',0),
(12,5,8,NULL,10.31,'ug/dL',0.00,14.00,0,'2024-02-21 19:12:00',0),
(13,5,10,6,18.73,'nmol/L',10.00,55.00,0,'2024-02-21 09:12:00',0),
(14,6,13,6,470.00,'CFU/mL',0.00,1000.00,0,'2024-03-11 02:36:00',0),
(15,7,5,NULL,NULL,'umol/L',88.00,177.00,NULL,NULL,1),
(16,7,7,NULL,NULL,'mmol/L',2.50,4.20,NULL,NULL,1),
(17,8,5,6,281.36,'umol/L',71.00,212.00,1,'2024-03-27 18:36:00',0),
(18,8,10,7,73.00,'nmol/L',10.00,55.00,1,'2024-03-27 10:36:00',0),
(19,9,11,4,174.43,'nmol/L',50.00,220.00,0,'2024-04-12 01:07:00',0),
(20,9,12,NULL,3.87,'pmol/L',2.00,6.50,0,'2024-04-12 11:07:00',0),
(21,10,17,4,0.06,'index',0.00,0.15,0,'2024-04-24 05:02:00',0),
(22,11,1,7,38.30,'%',30.00,45.00,0,'2024-05-09 00:44:00',0),
(23,11,2,5,11.27,'10^9/L',5.50,19.50,0,'2024-05-09 02:44:00',0),
(24,12,16,2,130.00,'EPG',0.00,200.00,0,'2024-05-22 21:55:00',0),
(25,13,13,5,520.00,'CFU/mL',0.00,1000.00,0,'2024-06-07 11:18:00',0),
(26,14,5,6,61.11,'umol/L',44.00,133.00,0,'2024-06-19 00:07:00',0),
(27,14,6,7,61.86,'U/L',10.00,100.00,0,'2024-06-19 03:07:00',0),
(28,14,11,4,51.45,'nmol/L',28.00,138.00,0,'2024-06-20 09:07:00',0),
(29,15,14,7,440.00,'CFU/mL',0.00,1000.00,0,'2024-07-16 04:49:00',0),
(30,16,1,NULL,NULL,'%',24.00,46.00,NULL,NULL,1),
(31,16,2,NULL,NULL,'10^9/L',4.00,12.00,NULL,NULL,1),
(32,17,1,6,61.68,'%',35.00,55.00,1,'2024-08-13 17:55:00',0),
(33,17,2,6,23.58,'10^9/L',6.00,17.00,1,'2024-08-14 04:55:00',0),
(34,17,3,7,17.09,'10^9/L',10.00,50.00,0,'2024-08-14 00:55:00',0),
(35,18,5,4,95.49,'umol/L',44.00,133.00,0,'2024-09-03 21:02:00',0),
(36,18,6,4,87.80,'U/L',10.00,100.00,0,'2024-09-04 01:02:00',0),
(37,18,7,3,4.72,'mmol/L',3.90,6.10,0,'2024-09-03 17:02:00',0),
(38,18,8,NULL,7.59,'ug/dL',0.00,14.00,0,'2024-09-04 21:02:00',0),
(39,19,6,7,18.68,'U/L',3.00,23.00,0,'2024-09-25 14:55:00',0),
(40,19,11,8,110.46,'nmol/L',50.00,220.00,0,'2024-09-25 13:55:00',0),
(41,20,16,4,70.00,'EPG',0.00,150.00,0,'2024-10-17 12:36:00',0),
(42,21,10,2,22.77,'nmol/L',10.00,55.00,0,'2024-11-08 06:18:00',0),
(43,21,5,8,137.77,'umol/L',71.00,212.00,0,'2024-11-06 19:18:00',0),
(44,22,1,3,41.11,'%',30.00,50.00,0,'2024-11-27 05:25:00',0),
(45,22,3,3,456.62,'10^9/L',250.00,650.00,0,'2024-11-27 03:25:00',0),
(46,23,13,NULL,NULL,'CFU/mL',0.00,1000.00,NULL,NULL,1),
(47,24,10,7,45.01,'nmol/L',10.00,55.00,0,'2025-01-15 23:25:00',0),
(48,25,5,5,138.40,'umol/L',88.00,177.00,0,'2025-01-29 00:49:00',0),
(49,25,7,4,2.71,'mmol/L',2.50,4.20,0,'2025-01-28 22:49:00',0),
(50,26,1,5,48.77,'%',37.00,55.00,0,'2025-02-18 16:55:00',0),
(51,26,2,8,10.24,'10^9/L',6.00,17.00,0,'2025-02-18 20:55:00',0),
(52,26,3,5,448.27,'10^9/L',200.00,500.00,0,'2025-02-19 03:55:00',0),
(53,26,4,NULL,7.91,'s',6.00,8.50,0,'2025-02-19 09:55:00',0),
(54,27,11,2,106.24,'nmol/L',50.00,220.00,0,'2025-03-12 03:31:00',0),
(55,27,12,NULL,5.21,'pmol/L',2.00,6.50,0,'2025-03-17 01:31:00',0),
(56,28,10,5,6.30,'nmol/L',13.00,51.00,1,'2025-04-10 02:12:00',0),
(57,28,11,4,22.27,'nmol/L',28.00,138.00,1,'2025-04-09 08:12:00',0),
(58,28,12,NULL,6.14,'pmol/L',2.00,13.00,0,'2025-04-13 19:12:00',0),
(59,29,17,5,0.11,'index',0.00,0.15,0,'2025-04-30 06:31:00',0),
(60,30,13,8,160.00,'CFU/mL',0.00,1000.00,0,'2025-05-25 23:18:00',0),
(61,31,5,4,54.04,'umol/L',44.00,133.00,0,'2025-06-18 00:49:00',0),
(62,31,6,4,29.30,'U/L',10.00,100.00,0,'2025-06-18 09:49:00',0),
(63,31,8,NULL,33.44,'ug/dL',0.00,14.00,1,'2025-06-19 12:49:00',0),
(64,32,1,2,40.46,'%',30.00,45.00,0,'2025-07-08 23:18:00',0),
(65,32,2,4,2.38,'10^9/L',5.50,19.50,1,'2025-07-08 14:18:00',0),
(66,33,16,7,350.00,'EPG',0.00,200.00,1,'2025-08-20 18:31:00',0),
(67,34,7,7,3.21,'mmol/L',3.90,8.30,1,'2025-09-09 17:55:00',0),
(68,34,10,2,17.71,'nmol/L',10.00,55.00,0,'2025-09-10 19:55:00',0),
(69,35,5,3,151.50,'umol/L',71.00,212.00,0,'2025-10-08 20:25:00',0),
(70,35,8,NULL,10.60,'ug/dL',0.00,14.00,0,'2025-10-11 03:25:00',0),
(71,36,1,3,36.59,'%',24.00,46.00,0,'2025-11-05 06:31:00',0),
(72,36,2,3,15.89,'10^9/L',4.00,12.00,1,'2025-11-05 05:31:00',0),
(73,37,14,3,NULL,'CFU/mL',0.00,1000.00,NULL,NULL,0),
(74,38,5,7,175.66,'umol/L',71.00,212.00,0,'2025-12-02 20:07:00',0),
(75,38,6,3,154.90,'U/L',6.00,83.00,1,'2025-12-02 21:07:00',0),
(76,38,10,8,NULL,'nmol/L',10.00,55.00,NULL,NULL,0),
(77,39,7,5,6.43,'mmol/L',3.90,6.10,1,'2025-12-09 13:07:00',0),
(78,39,12,NULL,NULL,'pmol/L',2.00,13.00,NULL,NULL,0),
(79,40,1,NULL,NULL,'%',37.00,55.00,NULL,NULL,0),
(80,40,2,NULL,NULL,'10^9/L',6.00,17.00,NULL,NULL,0);
/*!40000 ALTER TABLE `test_orders` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `tests`
--

DROP TABLE IF EXISTS `tests`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tests` (
  `test_id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(12) NOT NULL,
  `name` varchar(100) NOT NULL,
  `department` enum('hematology','chemistry','endocrinology','microbiology','parasitology') NOT NULL,
  `price_cents` int(11) NOT NULL COMMENT 'catalogue list price in euro cents, before any clinic discount',
  `turnaround_target_hours` int(11) NOT NULL COMMENT 'target time from sample receipt to reported result, in hours',
  `send_out` tinyint(1) NOT NULL DEFAULT 0 COMMENT '1 = forwarded to an external reference laboratory; 0 = run in-house',
  PRIMARY KEY (`test_id`),
  UNIQUE KEY `uq_tests_code` (`code`)
) ENGINE=InnoDB AUTO_INCREMENT=18 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `tests`
--

LOCK TABLES `tests` WRITE;
/*!40000 ALTER TABLE `tests` DISABLE KEYS */;
INSERT INTO `tests` VALUES
(1,'HCT','Hematocrit','hematology',1500,12,0),
(2,'WBC','White blood cell count','hematology',1700,12,0),
(3,'PLT','Platelet count','hematology',1600,12,0),
(4,'PT','Prothrombin time','hematology',4500,48,1),
(5,'CREA','Creatinine','chemistry',1200,24,0),
(6,'ALT','Alanine aminotransferase','chemistry',1100,24,0),
(7,'GLU','Glucose','chemistry',900,8,0),
(8,'SDMA','Symmetric dimethylarginine','chemistry',3900,72,1),
(9,'BILE','Bile acids','chemistry',4800,48,1),
(10,'T4','Total thyroxine','endocrinology',3500,48,0),
(11,'CORT','Cortisol','endocrinology',4200,48,0),
(12,'ACTH','Endogenous ACTH','endocrinology',7800,120,1),
(13,'UCULT','Urine culture, quantitative','microbiology',6200,96,0),
(14,'SWCULT','Swab culture, quantitative','microbiology',5800,96,0),
(15,'LEPTO','Leptospira PCR','microbiology',8900,168,1),
(16,'FEC','Faecal egg count','parasitology',2500,48,0),
(17,'GIARD','Giardia antigen ELISA','parasitology',2900,24,0);
/*!40000 ALTER TABLE `tests` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-12-07  1:37:49
