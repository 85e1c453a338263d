/*M!999999\- enable the sandbox mode */ 
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: localhost    Database: recycling
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
-- Table structure for table `collection_rounds`
--

DROP TABLE IF EXISTS `collection_rounds`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `collection_rounds` (
  `round_id` int(11) NOT NULL AUTO_INCREMENT,
  `district_id` int(11) NOT NULL,
  `truck_id` int(11) NOT NULL,
  `driver_id` int(11) NOT NULL COMMENT 'crew member driving the truck on this round',
  `stream` enum('refuse','recycling','garden') NOT NULL COMMENT 'waste stream collected on this round',
  `scheduled_for` date NOT NULL COMMENT 'date the round was scheduled to run',
  `started_at` datetime DEFAULT NULL COMMENT 'local time the truck left the depot; NULL = never started',
  `completed_at` datetime DEFAULT NULL COMMENT 'local time the last bin was emptied; NULL = round not completed',
  `status` enum('planned','done','missed','cancelled') NOT NULL DEFAULT 'planned' COMMENT 'missed = should have run but did not; cancelled = called off in advance',
  `notes` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`round_id`),
  KEY `idx_rounds_district` (`district_id`),
  KEY `idx_rounds_truck` (`truck_id`),
  KEY `idx_rounds_driver` (`driver_id`),
  CONSTRAINT `fk_rounds_district` FOREIGN KEY (`district_id`) REFERENCES `districts` (`district_id`),
  CONSTRAINT `fk_rounds_driver` FOREIGN KEY (`driver_id`) REFERENCES `crew_members` (`member_id`),
  CONSTRAINT `fk_rounds_truck` FOREIGN KEY (`truck_id`) REFERENCES `trucks` (`truck_id`)
) ENGINE=InnoDB AUTO_INCREMENT=20 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `collection_rounds`
--

LOCK TABLES `collection_rounds` WRITE;
/*!40000 ALTER TABLE `collection_rounds` DISABLE KEYS */;
INSERT INTO `collection_rounds` VALUES
(1,1,1,4,'recycling','2024-11-25','2024-11-25 07:00:00','2024-11-25 14:10:00','done','last round for KX15 RTA before retirement'),
(2,1,2,4,'recycling','2025-02-03','2025-02-03 07:00:00','2025-02-03 13:40:00','done',NULL),
(3,2,3,5,'recycling','2025-02-04','2025-02-04 07:15:00','2025-02-04 14:05:00','done',NULL),
(4,3,4,6,'recycling','2025-02-05','2025-02-05 06:50:00','2025-02-06 00:35:00','done','charger fault at depot, round finished after midnight'),
(5,4,5,7,'recycling','2025-02-06',NULL,NULL,'missed','driver sick, no cover available'),
(6,5,6,6,'recycling','2025-02-07',NULL,NULL,'cancelled','Fen Road closed by flooding'),
(7,1,3,4,'refuse','2025-02-17','2025-02-17 07:00:00','2025-02-17 15:20:00','done',NULL),
(8,2,2,5,'refuse','2025-02-18','2025-02-18 07:05:00','2025-02-19 01:10:00','done','hydraulic leak, long delay mid-round'),
(9,3,4,6,'refuse','2025-02-19',NULL,NULL,'missed','truck not charged'),
(10,4,5,7,'recycling','2025-02-20','2025-02-20 07:30:00','2025-02-20 16:45:00','done','catch-up for missed round of 6 Feb'),
(11,1,2,5,'recycling','2025-03-03','2025-03-03 07:00:00','2025-03-03 12:55:00','done',NULL),
(12,2,6,4,'recycling','2025-03-04','2025-03-04 06:45:00','2025-03-04 13:30:00','done',NULL),
(13,3,4,6,'recycling','2025-03-05','2025-03-05 07:10:00','2025-03-05 15:00:00','done',NULL),
(14,4,5,7,'garden','2025-03-06','2025-03-06 07:20:00','2025-03-07 00:05:00','done','seasonal garden waste, heavy loads'),
(15,5,3,7,'recycling','2025-03-07','2025-03-07 07:00:00','2025-03-07 11:30:00','done',NULL),
(16,1,6,4,'refuse','2025-03-17',NULL,NULL,'cancelled','truck breakdown reported the evening before'),
(17,2,3,5,'refuse','2025-03-18',NULL,NULL,'missed','road closure on Quay Street'),
(18,3,4,6,'garden','2025-04-02',NULL,NULL,'planned',NULL),
(19,4,5,7,'recycling','2025-04-03',NULL,NULL,'planned',NULL);
/*!40000 ALTER TABLE `collection_rounds` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `collections`
--

DROP TABLE IF EXISTS `collections`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `collections` (
  `collection_id` int(11) NOT NULL AUTO_INCREMENT,
  `round_id` int(11) NOT NULL,
  `household_id` int(11) NOT NULL,
  `collected_at` datetime NOT NULL COMMENT 'local time the bin was lifted',
  `weight_grams` int(10) unsigned NOT NULL COMMENT 'net weight of the bin contents in grams, from the on-board weigher',
  `contaminated` tinyint(1) NOT NULL DEFAULT 0 COMMENT '1 = load flagged as contaminated (wrong materials in the bin)',
  PRIMARY KEY (`collection_id`),
  UNIQUE KEY `uq_collections_round_household` (`round_id`,`household_id`),
  KEY `idx_collections_household` (`household_id`),
  CONSTRAINT `fk_collections_household` FOREIGN KEY (`household_id`) REFERENCES `households` (`household_id`),
  CONSTRAINT `fk_collections_round` FOREIGN KEY (`round_id`) REFERENCES `collection_rounds` (`round_id`)
) ENGINE=InnoDB AUTO_INCREMENT=40 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `collections`
--

LOCK TABLES `collections` WRITE;
/*!40000 ALTER TABLE `collections` DISABLE KEYS */;
INSERT INTO `collections` VALUES
(1,1,1,'2024-11-25 08:05:00',8400,0),
(2,1,2,'2024-11-25 08:07:00',3150,0),
(3,1,3,'2024-11-25 09:40:00',12900,0),
(4,1,4,'2024-11-25 09:52:00',6200,0),
(5,2,1,'2025-02-03 08:10:00',7850,0),
(6,2,2,'2025-02-03 08:12:00',2900,1),
(7,2,3,'2025-02-03 10:05:00',13400,0),
(8,3,5,'2025-02-04 08:30:00',4100,0),
(9,3,6,'2025-02-04 08:34:00',9250,1),
(10,3,7,'2025-02-04 11:15:00',7600,0),
(11,3,8,'2025-02-04 11:40:00',15800,0),
(12,4,9,'2025-02-05 09:20:00',2300,0),
(13,4,11,'2025-02-05 15:45:00',6750,0),
(14,4,12,'2025-02-06 00:20:00',11200,1),
(15,7,1,'2025-02-17 08:00:00',10200,0),
(16,7,2,'2025-02-17 08:03:00',4450,0),
(17,7,3,'2025-02-17 11:25:00',16050,0),
(18,8,5,'2025-02-18 08:15:00',5300,0),
(19,8,6,'2025-02-18 08:19:00',11900,0),
(20,8,7,'2025-02-18 17:50:00',9800,1),
(21,8,8,'2025-02-19 00:55:00',18400,0),
(22,10,13,'2025-02-20 09:10:00',8100,0),
(23,10,14,'2025-02-20 09:13:00',9900,0),
(24,10,15,'2025-02-20 14:30:00',14300,1),
(25,11,1,'2025-03-03 07:55:00',8050,1),
(26,11,2,'2025-03-03 07:58:00',3300,0),
(27,11,3,'2025-03-03 09:45:00',12600,0),
(28,12,5,'2025-03-04 07:40:00',3900,0),
(29,12,6,'2025-03-04 07:44:00',8800,0),
(30,12,7,'2025-03-04 10:20:00',7250,0),
(31,12,8,'2025-03-04 10:45:00',16200,1),
(32,13,9,'2025-03-05 08:30:00',2130,0),
(33,13,11,'2025-03-05 11:10:00',7050,1),
(34,13,12,'2025-03-05 13:25:00',10900,0),
(35,14,13,'2025-03-06 10:05:00',21500,0),
(36,14,14,'2025-03-06 23:40:00',18750,0),
(37,14,15,'2025-03-07 00:02:00',25300,0),
(38,15,17,'2025-03-07 08:20:00',5600,0),
(39,15,18,'2025-03-07 08:24:00',2750,1);
/*!40000 ALTER TABLE `collections` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `complaints`
--

DROP TABLE IF EXISTS `complaints`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `complaints` (
  `complaint_id` int(11) NOT NULL AUTO_INCREMENT,
  `household_id` int(11) NOT NULL,
  `round_id` int(11) DEFAULT NULL COMMENT 'round the complaint is about, if any',
  `category` enum('missed_collection','spillage','damaged_bin','crew_conduct','contamination_dispute','noise','other') NOT NULL,
  `raised_at` datetime NOT NULL COMMENT 'local time the complaint was logged',
  `resolved_at` datetime DEFAULT NULL COMMENT 'local time the complaint was closed; NULL = still open',
  `details` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`complaint_id`),
  KEY `idx_complaints_household` (`household_id`),
  KEY `idx_complaints_round` (`round_id`),
  CONSTRAINT `fk_complaints_household` FOREIGN KEY (`household_id`) REFERENCES `households` (`household_id`),
  CONSTRAINT `fk_complaints_round` FOREIGN KEY (`round_id`) REFERENCES `collection_rounds` (`round_id`)
) ENGINE=InnoDB AUTO_INCREMENT=17 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `complaints`
--

LOCK TABLES `complaints` WRITE;
/*!40000 ALTER TABLE `complaints` DISABLE KEYS */;
INSERT INTO `complaints` VALUES
(1,13,5,'missed_collection','2025-02-06 18:20:00','2025-02-08 10:00:00','recycling bin not emptied'),
(2,14,5,'missed_collection','2025-02-07 09:05:00','2025-02-20 17:00:00','recycling bin not emptied, overflowing'),
(3,17,6,'missed_collection','2025-02-07 12:30:00','2025-02-07 16:50:00','asked why bins were left'),
(4,2,2,'contamination_dispute','2025-02-04 08:15:00','2025-02-11 08:15:00','disputes contamination sticker'),
(5,6,3,'contamination_dispute','2025-02-05 19:40:00',NULL,'says only cardboard was in the bin'),
(6,7,8,'spillage','2025-02-19 07:30:00','2025-02-21 12:00:00','litter left on pavement'),
(7,9,9,'missed_collection','2025-02-19 17:10:00','2025-03-06 09:00:00','refuse not collected'),
(8,11,9,'missed_collection','2025-02-20 08:00:00',NULL,'refuse not collected, second week'),
(9,12,NULL,'damaged_bin','2025-02-25 14:00:00','2025-03-03 11:30:00','lid hinge broken'),
(10,3,7,'crew_conduct','2025-02-17 16:10:00',NULL,'crew blocked driveway'),
(11,15,14,'noise','2025-03-07 07:45:00','2025-03-07 13:10:00','bins emptied just after midnight'),
(12,8,17,'missed_collection','2025-03-18 19:00:00',NULL,'refuse not collected'),
(13,5,17,'missed_collection','2025-03-19 08:30:00','2025-03-26 15:15:00','refuse not collected'),
(14,10,NULL,'other','2025-03-10 10:00:00','2025-03-10 10:30:00','asked how to rejoin council collection'),
(15,12,13,'spillage','2025-03-05 16:20:00',NULL,'glass left in road'),
(16,8,NULL,'damaged_bin','2025-03-21 09:00:00','2025-03-25 11:00:00','wheel missing');
/*!40000 ALTER TABLE `complaints` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `crew_members`
--

DROP TABLE IF EXISTS `crew_members`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `crew_members` (
  `member_id` int(11) NOT NULL AUTO_INCREMENT,
  `full_name` varchar(80) NOT NULL,
  `role` enum('supervisor','driver','loader') NOT NULL,
  `supervisor_id` int(11) DEFAULT NULL COMMENT 'crew member this person reports to; NULL for the head of operations',
  `hired_on` date NOT NULL,
  PRIMARY KEY (`member_id`),
  KEY `idx_crew_supervisor` (`supervisor_id`),
  CONSTRAINT `fk_crew_supervisor` FOREIGN KEY (`supervisor_id`) REFERENCES `crew_members` (`member_id`)
) ENGINE=InnoDB AUTO_INCREMENT=11 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `crew_members`
--

LOCK TABLES `crew_members` WRITE;
/*!40000 ALTER TABLE `crew_members` DISABLE KEYS */;
INSERT INTO `crew_members` VALUES
(1,'Margaret Okoye','supervisor',NULL,'2012-04-01'),
(2,'Dev Patel','supervisor',1,'2015-09-14'),
(3,'Aisling Byrne','supervisor',1,'2017-01-09'),
(4,'Tom Hargreaves','driver',2,'2018-06-04'),
(5,'Priya Nair','driver',2,'2019-03-11'),
(6,'Kwame Mensah','driver',3,'2020-08-24'),
(7,'Lucy Fenwick','driver',3,'2021-02-01'),
(8,'Sam Wilde','loader',2,'2022-05-16'),
(9,'Ollie Brennan','loader',3,'2023-07-03'),
(10,'Rosa Delgado','loader',2,'2024-10-21');
/*!40000 ALTER TABLE `crew_members` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `districts`
--

DROP TABLE IF EXISTS `districts`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `districts` (
  `district_id` int(11) NOT NULL AUTO_INCREMENT,
  `code` char(3) NOT NULL COMMENT 'short district code used on route sheets',
  `name` varchar(60) NOT NULL,
  `collection_weekday` enum('Mon','Tue','Wed','Thu','Fri') NOT NULL COMMENT 'usual weekday on which the district is collected',
  `area_km2` decimal(5,2) NOT NULL COMMENT 'district area in square kilometres',
  PRIMARY KEY (`district_id`),
  UNIQUE KEY `uq_districts_code` (`code`)
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `districts`
--

LOCK TABLES `districts` WRITE;
/*!40000 ALTER TABLE `districts` DISABLE KEYS */;
INSERT INTO `districts` VALUES
(1,'NGT','Northgate','Mon',4.20),
(2,'RVS','Riverside','Tue',3.75),
(3,'OLD','Old Town','Wed',1.90),
(4,'HLC','Hillcrest','Thu',6.40),
(5,'MSH','Marsh End','Fri',9.15);
/*!40000 ALTER TABLE `districts` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `households`
--

DROP TABLE IF EXISTS `households`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `households` (
  `household_id` int(11) NOT NULL AUTO_INCREMENT,
  `district_id` int(11) NOT NULL,
  `address` varchar(120) NOT NULL COMMENT 'street address of the property',
  `postcode` varchar(8) NOT NULL,
  `bin_size` enum('140L','240L','360L') NOT NULL DEFAULT '240L' COMMENT 'capacity of the wheelie bin issued, in litres',
  `residents` tinyint(3) unsigned NOT NULL DEFAULT 1 COMMENT 'number of people living at the address',
  `opted_out` tinyint(1) NOT NULL DEFAULT 0 COMMENT '1 = household has opted out of council kerbside collection (uses a private contractor)',
  `registered_on` date NOT NULL COMMENT 'date the property was added to the collection register',
  PRIMARY KEY (`household_id`),
  KEY `idx_households_district` (`district_id`),
  CONSTRAINT `fk_households_district` FOREIGN KEY (`district_id`) REFERENCES `districts` (`district_id`)
) ENGINE=InnoDB AUTO_INCREMENT=21 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `households`
--

LOCK TABLES `households` WRITE;
/*!40000 ALTER TABLE `households` DISABLE KEYS */;
INSERT INTO `households` VALUES
(1,1,'12 Abbey Road','NG1 4AB','240L',3,0,'2016-03-01'),
(2,1,'14 Abbey Road','NG1 4AB','140L',1,0,'2016-03-01'),
(3,1,'3 Bell Lane','NG1 6BL','360L',5,0,'2018-07-12'),
(4,1,'27 Bell Lane','NG1 6BL','240L',2,1,'2019-01-20'),
(5,2,'1 Quay Street','RV2 1QS','140L',2,0,'2015-11-05'),
(6,2,'9 Quay Street','RV2 1QS','240L',4,0,'2015-11-05'),
(7,2,'22 Mill Walk','RV2 3MW','240L',3,0,'2017-04-18'),
(8,2,'40 Mill Walk','RV2 3MW','360L',6,0,'2020-09-30'),
(9,3,'5 Church Row','OT3 2CR','140L',1,0,'2014-06-02'),
(10,3,'7 Church Row','OT3 2CR','140L',2,1,'2014-06-02'),
(11,3,'18 Market Square','OT3 1MS','240L',2,0,'2016-10-14'),
(12,3,'2 Castle Mews','OT3 5CM','360L',4,0,'2021-02-22'),
(13,4,'61 Summit Drive','HC4 7SD','240L',3,0,'2018-05-09'),
(14,4,'63 Summit Drive','HC4 7SD','240L',4,0,'2018-05-09'),
(15,4,'8 Ridgeway','HC4 2RW','360L',5,0,'2019-08-26'),
(16,4,'10 Ridgeway','HC4 2RW','140L',1,1,'2019-08-26'),
(17,5,'1 Fen Cottages','ME5 9FC','240L',2,0,'2022-03-15'),
(18,5,'2 Fen Cottages','ME5 9FC','140L',1,0,'2022-03-15'),
(19,1,'31 Bell Lane','NG1 6BL','240L',2,0,'2025-02-24'),
(20,2,'55 Mill Walk','RV2 3MW','140L',1,0,'2025-03-10');
/*!40000 ALTER TABLE `households` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `trucks`
--

DROP TABLE IF EXISTS `trucks`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `trucks` (
  `truck_id` int(11) NOT NULL AUTO_INCREMENT,
  `registration` varchar(8) NOT NULL COMMENT 'UK registration plate',
  `make_model` varchar(60) NOT NULL,
  `capacity_kg` smallint(5) unsigned NOT NULL COMMENT 'maximum payload in kilograms',
  `fuel` enum('diesel','electric','cng') NOT NULL,
  `commissioned_on` date NOT NULL COMMENT 'date the truck entered service',
  `retired_on` date DEFAULT NULL COMMENT 'date the truck was taken out of service; NULL = still in service',
  PRIMARY KEY (`truck_id`),
  UNIQUE KEY `uq_trucks_registration` (`registration`)
) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `trucks`
--

LOCK TABLES `trucks` WRITE;
/*!40000 ALTER TABLE `trucks` DISABLE KEYS */;
INSERT INTO `trucks` VALUES
(1,'KX15 RTA','Dennis Eagle Elite 6',10000,'diesel','2015-05-01','2024-11-30'),
(2,'KX17 BNE','Dennis Eagle Elite 6',10000,'diesel','2017-03-20','2025-03-14'),
(3,'LM19 WCE','Mercedes Econic 2630',11500,'diesel','2019-09-02',NULL),
(4,'LM21 ZEV','Dennis Eagle eCollect',9000,'electric','2021-11-15',NULL),
(5,'PN23 EVC','Volvo FE Electric',9000,'electric','2023-06-12',NULL),
(6,'PN24 GAS','Scania L320 CNG',11500,'cng','2024-02-05',NULL);
/*!40000 ALTER TABLE `trucks` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-12-07  9:08:53
