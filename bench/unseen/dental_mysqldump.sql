/*M!999999\- enable the sandbox mode */ 
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: localhost    Database: dental
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
-- Table structure for table `appointment_treatments`
--

DROP TABLE IF EXISTS `appointment_treatments`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `appointment_treatments` (
  `appointment_id` int(11) NOT NULL,
  `treatment_id` int(11) NOT NULL,
  `quantity` tinyint(3) unsigned NOT NULL DEFAULT 1 COMMENT 'number of units (teeth, films, ...) of this treatment',
  PRIMARY KEY (`appointment_id`,`treatment_id`),
  KEY `idx_apt_treatment` (`treatment_id`),
  CONSTRAINT `fk_apt_appointment` FOREIGN KEY (`appointment_id`) REFERENCES `appointments` (`appointment_id`),
  CONSTRAINT `fk_apt_treatment` FOREIGN KEY (`treatment_id`) REFERENCES `treatments` (`treatment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `appointment_treatments`
--

LOCK TABLES `appointment_treatments` WRITE;
/*!40000 ALTER TABLE `appointment_treatments` DISABLE KEYS */;
INSERT INTO `appointment_treatments` VALUES
(1,1,1),
(1,2,2),
(2,1,1),
(2,3,1),
(3,4,2),
(4,2,1),
(4,6,1),
(6,1,1),
(6,4,1),
(7,1,1),
(7,10,1),
(8,5,2),
(10,5,1),
(11,7,1),
(12,1,1),
(12,10,1),
(14,1,1),
(14,3,1),
(15,4,3),
(16,8,1),
(18,1,1),
(19,4,1),
(20,2,2),
(20,3,1),
(21,1,1),
(21,4,1),
(23,12,1),
(24,1,1),
(25,9,2),
(26,3,1),
(28,6,1),
(29,7,1),
(30,6,1),
(31,1,1),
(32,1,1),
(32,2,2),
(34,8,1),
(35,1,1),
(35,10,1),
(36,5,1);
/*!40000 ALTER TABLE `appointment_treatments` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `appointments`
--

DROP TABLE IF EXISTS `appointments`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `appointments` (
  `appointment_id` int(11) NOT NULL AUTO_INCREMENT,
  `patient_id` int(11) NOT NULL,
  `dentist_id` int(11) NOT NULL,
  `starts_at` datetime NOT NULL,
  `duration_minutes` smallint(5) unsigned NOT NULL COMMENT 'booked length of the appointment in minutes',
  `status` enum('booked','attended','cancelled','no_show') NOT NULL DEFAULT 'booked',
  `is_emergency` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`appointment_id`),
  KEY `idx_appointments_patient` (`patient_id`),
  KEY `idx_appointments_dentist` (`dentist_id`),
  KEY `idx_appointments_starts` (`starts_at`),
  CONSTRAINT `fk_appointments_dentist` FOREIGN KEY (`dentist_id`) REFERENCES `dentists` (`dentist_id`),
  CONSTRAINT `fk_appointments_patient` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`patient_id`)
) ENGINE=InnoDB AUTO_INCREMENT=41 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `appointments`
--

LOCK TABLES `appointments` WRITE;
/*!40000 ALTER TABLE `appointments` DISABLE KEYS */;
INSERT INTO `appointments` VALUES
(1,1,1,'2023-11-06 09:00:00',30,'attended',0),
(2,6,4,'2023-11-20 10:30:00',45,'attended',0),
(3,8,4,'2023-12-14 14:00:00',60,'attended',0),
(4,3,2,'2024-01-09 11:00:00',90,'attended',0),
(5,2,1,'2024-01-15 09:30:00',30,'no_show',0),
(6,5,5,'2024-01-22 15:00:00',60,'attended',0),
(7,10,7,'2024-02-05 08:45:00',30,'attended',0),
(8,12,8,'2024-02-12 13:00:00',120,'attended',0),
(9,13,10,'2024-02-19 10:00:00',45,'cancelled',0),
(10,14,10,'2024-02-29 16:30:00',30,'attended',1),
(11,1,2,'2024-03-04 09:00:00',60,'attended',0),
(12,7,6,'2024-03-11 11:15:00',30,'attended',0),
(13,9,9,'2024-03-18 15:45:00',30,'no_show',0),
(14,15,11,'2024-03-25 12:00:00',45,'attended',0),
(15,16,10,'2024-04-08 10:00:00',60,'attended',0),
(16,18,5,'2024-04-16 09:00:00',90,'attended',0),
(17,19,7,'2024-04-23 14:30:00',45,'cancelled',0),
(18,20,12,'2024-05-02 11:00:00',30,'attended',0),
(19,22,3,'2024-05-13 15:00:00',30,'attended',1),
(20,24,9,'2024-05-20 10:15:00',60,'attended',0),
(21,26,1,'2024-05-31 14:00:00',45,'attended',0),
(22,27,6,'2024-05-31 16:30:00',30,'no_show',0),
(23,3,2,'2024-06-10 09:30:00',120,'attended',0),
(24,11,8,'2024-06-24 13:45:00',30,'attended',0),
(25,25,11,'2024-07-08 11:00:00',45,'attended',0),
(26,6,5,'2024-07-22 10:00:00',60,'attended',0),
(27,21,12,'2024-08-05 14:15:00',30,'cancelled',0),
(28,28,7,'2024-08-19 09:00:00',90,'attended',0),
(29,30,10,'2024-09-09 15:30:00',60,'attended',0),
(30,5,2,'2024-09-23 10:45:00',45,'attended',0),
(31,10,9,'2024-10-07 12:30:00',30,'attended',0),
(32,1,1,'2024-10-21 09:00:00',30,'attended',0),
(33,23,6,'2024-11-04 16:00:00',45,'no_show',1),
(34,13,11,'2024-11-18 11:30:00',60,'attended',0),
(35,29,12,'2024-12-02 10:00:00',30,'attended',0),
(36,8,5,'2024-12-16 14:00:00',90,'attended',1),
(37,14,10,'2025-01-13 09:15:00',30,'cancelled',0),
(38,17,3,'2025-01-27 15:30:00',30,'booked',0),
(39,12,2,'2025-02-10 11:00:00',60,'booked',0),
(40,20,12,'2025-02-24 13:30:00',45,'booked',0);
/*!40000 ALTER TABLE `appointments` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `dentists`
--

DROP TABLE IF EXISTS `dentists`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `dentists` (
  `dentist_id` int(11) NOT NULL AUTO_INCREMENT,
  `practice_id` int(11) NOT NULL,
  `first_name` varchar(50) NOT NULL,
  `last_name` varchar(50) NOT NULL,
  `mentor_id` int(11) DEFAULT NULL COMMENT 'senior dentist who mentors this dentist',
  `hired_on` date NOT NULL,
  `left_on` date DEFAULT NULL COMMENT 'NULL while still employed',
  `is_specialist` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`dentist_id`),
  KEY `idx_dentists_practice` (`practice_id`),
  KEY `idx_dentists_mentor` (`mentor_id`),
  CONSTRAINT `fk_dentists_mentor` FOREIGN KEY (`mentor_id`) REFERENCES `dentists` (`dentist_id`),
  CONSTRAINT `fk_dentists_practice` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`practice_id`)
) ENGINE=InnoDB AUTO_INCREMENT=14 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `dentists`
--

LOCK TABLES `dentists` WRITE;
/*!40000 ALTER TABLE `dentists` DISABLE KEYS */;
INSERT INTO `dentists` VALUES
(1,1,'Helen','Carter',NULL,'2012-04-01',NULL,0),
(2,1,'Raj','Patel',1,'2016-02-01',NULL,1),
(3,1,'Sophie','Turner',1,'2021-09-06',NULL,0),
(4,2,'Michael','O\'Brien',NULL,'2015-09-15','2023-12-31',0),
(5,2,'Aisha','Khan',4,'2019-05-13',NULL,1),
(6,2,'Tom','Walsh',5,'2022-08-01',NULL,0),
(7,3,'Emma','Lewis',NULL,'2018-01-08',NULL,0),
(8,3,'Daniel','Hughes',7,'2020-03-02','2024-06-30',1),
(9,3,'Priya','Shah',2,'2023-01-09',NULL,0),
(10,4,'James','Wright',NULL,'2020-06-01',NULL,1),
(11,4,'Chloe','Evans',10,'2024-02-05',NULL,0),
(12,5,'Oliver','Bennett',1,'2023-03-20',NULL,0),
(13,5,'Grace','Morgan',12,'2024-09-02',NULL,0);
/*!40000 ALTER TABLE `dentists` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `invoices`
--

DROP TABLE IF EXISTS `invoices`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `invoices` (
  `invoice_id` int(11) NOT NULL AUTO_INCREMENT,
  `appointment_id` int(11) NOT NULL,
  `amount_pence` int(10) unsigned NOT NULL COMMENT 'amount billed in pence (GBP)',
  `issued_on` date NOT NULL,
  `paid_on` date DEFAULT NULL COMMENT 'NULL = not paid yet',
  PRIMARY KEY (`invoice_id`),
  KEY `idx_invoices_appointment` (`appointment_id`),
  CONSTRAINT `fk_invoices_appointment` FOREIGN KEY (`appointment_id`) REFERENCES `appointments` (`appointment_id`)
) ENGINE=InnoDB AUTO_INCREMENT=31 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `invoices`
--

LOCK TABLES `invoices` WRITE;
/*!40000 ALTER TABLE `invoices` DISABLE KEYS */;
INSERT INTO `invoices` VALUES
(1,1,6100,'2023-11-06','2023-11-06'),
(2,2,7000,'2023-11-20','2023-11-27'),
(3,3,19000,'2023-12-14','2024-01-05'),
(4,4,46800,'2024-01-09','2024-01-20'),
(5,5,2000,'2024-01-15',NULL),
(6,6,12000,'2024-01-22','2024-01-22'),
(7,7,4000,'2024-02-05','2024-02-05'),
(8,8,24000,'2024-02-12','2024-03-01'),
(9,10,12000,'2024-02-29','2024-02-29'),
(10,11,65000,'2024-03-04','2024-04-02'),
(11,12,4000,'2024-03-11','2024-03-11'),
(12,14,7000,'2024-03-25','2024-03-25'),
(13,15,28500,'2024-04-08','2024-04-30'),
(14,16,35000,'2024-04-16','2024-04-16'),
(15,18,2500,'2024-05-02','2024-05-02'),
(16,19,9500,'2024-05-13','2024-05-20'),
(17,20,8100,'2024-05-20',NULL),
(18,21,12000,'2024-05-31','2024-06-03'),
(19,22,2000,'2024-05-31',NULL),
(20,23,97500,'2024-06-10','2024-06-10'),
(21,24,2500,'2024-06-24','2024-06-24'),
(22,25,160000,'2024-07-08',NULL),
(23,23,97500,'2024-07-10','2024-07-15'),
(24,26,4500,'2024-07-22','2024-07-22'),
(25,28,45000,'2024-08-19','2024-09-10'),
(26,29,65000,'2024-09-09',NULL),
(27,30,45000,'2024-09-23','2024-10-01'),
(28,32,6100,'2024-10-21','2024-10-21'),
(29,34,35000,'2024-11-18',NULL),
(30,36,12000,'2024-12-16','2024-12-20');
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
  `first_name` varchar(50) NOT NULL,
  `last_name` varchar(50) NOT NULL,
  `date_of_birth` date NOT NULL,
  `practice_id` int(11) NOT NULL COMMENT 'practice the patient is registered with',
  `email` varchar(120) DEFAULT NULL,
  `plan` enum('nhs','private','insurance') NOT NULL DEFAULT 'nhs',
  `sms_reminders` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`patient_id`),
  KEY `idx_patients_practice` (`practice_id`),
  CONSTRAINT `fk_patients_practice` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`practice_id`)
) ENGINE=InnoDB AUTO_INCREMENT=31 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `patients`
--

LOCK TABLES `patients` WRITE;
/*!40000 ALTER TABLE `patients` DISABLE KEYS */;
INSERT INTO `patients` VALUES
(1,'Alice','Brown','1985-03-12',1,'alice.brown@example.com','nhs',1),
(2,'Ben','Clarke','1990-07-23',1,NULL,'private',0),
(3,'Carla','Davies','1978-11-02',1,'carla.d@example.com','insurance',1),
(4,'David','Edwards','2010-05-19',1,NULL,'nhs',1),
(5,'Ella','Fisher','1995-01-30',2,'ella.fisher@example.com','private',1),
(6,'Frank','Green','1960-09-14',2,'frank.g@example.com','nhs',0),
(7,'Georgia','Hall','2006-06-15',2,NULL,'nhs',1),
(8,'Harry','Irwin','1972-04-08',2,'harry.irwin@example.com','insurance',0),
(9,'Isla','Jones','2015-08-21',3,NULL,'nhs',1),
(10,'Jack','King','1988-02-29',3,'jack.king@example.com','private',1),
(11,'Katie','Lee','1999-06-17',3,'katie.lee@example.com','nhs',0),
(12,'Liam','Moore','1955-10-05',3,NULL,'insurance',0),
(13,'Mia','Nelson','2001-03-03',4,'mia.n@example.com','private',1),
(14,'Noah','Owen','1983-07-07',4,'noah.owen@example.com','nhs',1),
(15,'Olivia','Price','1992-12-25',4,'olivia.price@example.com','insurance',1),
(16,'Peter','Quinn','1949-01-15',4,'peter.q@example.com','nhs',0),
(17,'Ruby','Reed','2012-09-09',1,NULL,'nhs',1),
(18,'Sam','Scott','1987-05-05',2,'sam.scott@example.com','private',0),
(19,'Tara','Taylor','1976-08-18',3,'tara.t@example.com','private',1),
(20,'Umar','Usman','1994-11-11',5,'umar.u@example.com','insurance',1),
(21,'Vicky','Vaughan','1968-03-27',5,NULL,'nhs',0),
(22,'Will','Ward','2008-10-10',1,'will.ward@example.com','nhs',1),
(23,'Xena','Young','1990-01-01',2,NULL,'nhs',1),
(24,'Yusuf','Zaman','1981-06-06',3,'yusuf.z@example.com','nhs',1),
(25,'Zoe','Adams','2003-04-14',4,'zoe.adams@example.com','private',0),
(26,'Aaron','Bell','1970-02-02',1,'aaron.bell@example.com','private',1),
(27,'Beth','Cole','1997-09-30',2,'beth.cole@example.com','nhs',1),
(28,'Connor','Dean','1964-12-12',3,NULL,'private',0),
(29,'Daisy','Ellis','2018-07-04',5,NULL,'nhs',1),
(30,'Ethan','Ford','1959-05-25',4,'ethan.ford@example.com','insurance',1);
/*!40000 ALTER TABLE `patients` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `practices`
--

DROP TABLE IF EXISTS `practices`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `practices` (
  `practice_id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `city` varchar(60) NOT NULL,
  `opened_on` date NOT NULL,
  `has_parking` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`practice_id`),
  UNIQUE KEY `uq_practices_name` (`name`)
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `practices`
--

LOCK TABLES `practices` WRITE;
/*!40000 ALTER TABLE `practices` DISABLE KEYS */;
INSERT INTO `practices` VALUES
(1,'Smile Street Dental','Leeds','2012-04-01',1),
(2,'Harbour Dental Care','Bristol','2015-09-15',0),
(3,'Meadow Lane Dental','Leeds','2018-01-08',1),
(4,'Castle Gate Dentistry','York','2020-06-01',0),
(5,'Riverside Family Dental','Bristol','2023-03-20',1);
/*!40000 ALTER TABLE `practices` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `referrals`
--

DROP TABLE IF EXISTS `referrals`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `referrals` (
  `referral_id` int(11) NOT NULL AUTO_INCREMENT,
  `patient_id` int(11) NOT NULL,
  `from_dentist_id` int(11) NOT NULL COMMENT 'dentist who made the referral',
  `to_dentist_id` int(11) NOT NULL COMMENT 'dentist the patient was referred to',
  `referred_on` date NOT NULL,
  `reason` varchar(120) NOT NULL,
  `is_urgent` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`referral_id`),
  KEY `idx_referrals_patient` (`patient_id`),
  KEY `idx_referrals_from` (`from_dentist_id`),
  KEY `idx_referrals_to` (`to_dentist_id`),
  CONSTRAINT `fk_referrals_from` FOREIGN KEY (`from_dentist_id`) REFERENCES `dentists` (`dentist_id`),
  CONSTRAINT `fk_referrals_patient` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`patient_id`),
  CONSTRAINT `fk_referrals_to` FOREIGN KEY (`to_dentist_id`) REFERENCES `dentists` (`dentist_id`)
) ENGINE=InnoDB AUTO_INCREMENT=13 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `referrals`
--

LOCK TABLES `referrals` WRITE;
/*!40000 ALTER TABLE `referrals` DISABLE KEYS */;
INSERT INTO `referrals` VALUES
(1,3,3,2,'2023-12-20','Root canal assessment',1),
(2,1,3,2,'2024-02-20','Crown preparation',0),
(3,16,11,10,'2024-03-28','Crown planning',0),
(4,24,9,7,'2024-05-01','Gum disease review',0),
(5,12,8,2,'2024-06-20','Complex extraction review',0),
(6,25,11,10,'2024-06-25','Veneer consultation',0),
(7,28,9,7,'2024-08-01','Root canal assessment',0),
(8,5,5,2,'2024-08-30','Root canal assessment',0),
(9,13,10,5,'2024-10-30','Orthodontic opinion',0),
(10,8,6,5,'2024-11-25','Dental abscess',1),
(11,14,11,10,'2024-12-30','Broken crown',1),
(12,20,12,1,'2025-02-01','Wisdom tooth pain',0);
/*!40000 ALTER TABLE `referrals` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `treatments`
--

DROP TABLE IF EXISTS `treatments`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `treatments` (
  `treatment_id` int(11) NOT NULL AUTO_INCREMENT,
  `code` char(3) NOT NULL,
  `name` varchar(80) NOT NULL,
  `price_pence` int(10) unsigned NOT NULL COMMENT 'list price in pence (GBP), e.g. 2500 = £25.00',
  `is_cosmetic` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`treatment_id`),
  UNIQUE KEY `uq_treatments_code` (`code`)
) ENGINE=InnoDB AUTO_INCREMENT=14 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `treatments`
--

LOCK TABLES `treatments` WRITE;
/*!40000 ALTER TABLE `treatments` DISABLE KEYS */;
INSERT INTO `treatments` VALUES
(1,'EXM','Check-up examination',2500,0),
(2,'XRB','Bitewing X-ray',1800,0),
(3,'SCP','Scale and polish',4500,0),
(4,'FIL','Composite filling',9500,0),
(5,'EXT','Extraction',12000,0),
(6,'RCT','Root canal treatment',45000,0),
(7,'CRN','Crown',65000,0),
(8,'WHT','Teeth whitening',35000,1),
(9,'VEN','Porcelain veneer',80000,1),
(10,'FLU','Fluoride varnish',1500,0),
(11,'ALN','Clear aligners',250000,1),
(12,'IMP','Dental implant',195000,0),
(13,'MGD','Sports mouthguard',7500,0);
/*!40000 ALTER TABLE `treatments` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-12-07  5:42:36
