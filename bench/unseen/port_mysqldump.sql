/*M!999999\- enable the sandbox mode */ 
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: localhost    Database: port
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
-- Table structure for table `berths`
--

DROP TABLE IF EXISTS `berths`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `berths` (
  `berth_id` int(11) NOT NULL AUTO_INCREMENT,
  `berth_code` varchar(8) NOT NULL,
  `quay` varchar(40) NOT NULL,
  `length_m` smallint(6) NOT NULL COMMENT 'usable quay length in metres',
  `max_draft_m` decimal(4,1) NOT NULL COMMENT 'maximum vessel draft in metres',
  `is_active` tinyint(1) NOT NULL DEFAULT 1 COMMENT '0 = closed for maintenance',
  PRIMARY KEY (`berth_id`),
  UNIQUE KEY `uq_berths_code` (`berth_code`)
) ENGINE=InnoDB AUTO_INCREMENT=9 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `berths`
--

LOCK TABLES `berths` WRITE;
/*!40000 ALTER TABLE `berths` DISABLE KEYS */;
INSERT INTO `berths` VALUES
(1,'N1','North Quay',350,14.5,1),
(2,'N2','North Quay',350,14.5,1),
(3,'N3','North Quay',300,13.0,1),
(4,'S1','South Quay',400,16.0,1),
(5,'S2','South Quay',400,16.0,1),
(6,'S3','South Quay',280,12.5,1),
(7,'E1','East Quay',220,11.0,1),
(8,'E2','East Quay',220,11.0,0);
/*!40000 ALTER TABLE `berths` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `charges`
--

DROP TABLE IF EXISTS `charges`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `charges` (
  `charge_id` int(11) NOT NULL AUTO_INCREMENT,
  `container_id` int(11) NOT NULL,
  `charge_type` enum('storage','demurrage','reefer_power') NOT NULL,
  `amount_cents` int(11) NOT NULL,
  `charged_on` date NOT NULL,
  `status` enum('open','paid','waived') NOT NULL DEFAULT 'open',
  PRIMARY KEY (`charge_id`),
  KEY `idx_charges_container` (`container_id`),
  CONSTRAINT `fk_charges_container` FOREIGN KEY (`container_id`) REFERENCES `containers` (`container_id`)
) ENGINE=InnoDB AUTO_INCREMENT=17 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `charges`
--

LOCK TABLES `charges` WRITE;
/*!40000 ALTER TABLE `charges` DISABLE KEYS */;
INSERT INTO `charges` VALUES
(1,1,'storage',12500,'2025-02-04','paid'),
(2,1,'demurrage',45000,'2025-02-04','paid'),
(3,2,'storage',2500,'2025-01-07','paid'),
(4,3,'storage',15000,'2025-02-04','paid'),
(5,3,'reefer_power',84000,'2025-02-04','paid'),
(6,4,'storage',18000,'2025-02-11','open'),
(7,4,'demurrage',60000,'2025-02-11','open'),
(8,5,'storage',7500,'2025-01-15','waived'),
(9,5,'demurrage',22500,'2025-01-15','paid'),
(10,12,'storage',5000,'2025-02-05','paid'),
(11,13,'reefer_power',96000,'2025-03-01','open'),
(12,13,'storage',27500,'2025-03-01','open'),
(13,7,'storage',4000,'2025-02-12','waived'),
(14,16,'storage',10000,'2025-03-01','open'),
(15,18,'reefer_power',12000,'2025-03-06','open'),
(16,6,'storage',3000,'2025-01-09','paid');
/*!40000 ALTER TABLE `charges` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `container_moves`
--

DROP TABLE IF EXISTS `container_moves`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `container_moves` (
  `move_id` int(11) NOT NULL AUTO_INCREMENT,
  `container_id` int(11) NOT NULL,
  `call_id` int(11) DEFAULT NULL COMMENT 'vessel call for discharge/load; NULL for gate moves',
  `move_type` enum('discharge','load','gate_in','gate_out') NOT NULL,
  `moved_at` datetime NOT NULL,
  `gross_weight_kg` int(11) DEFAULT NULL COMMENT 'weighed gross weight; NULL when not weighed',
  PRIMARY KEY (`move_id`),
  KEY `idx_moves_container` (`container_id`),
  KEY `idx_moves_call` (`call_id`),
  CONSTRAINT `fk_moves_call` FOREIGN KEY (`call_id`) REFERENCES `vessel_calls` (`call_id`),
  CONSTRAINT `fk_moves_container` FOREIGN KEY (`container_id`) REFERENCES `containers` (`container_id`)
) ENGINE=InnoDB AUTO_INCREMENT=26 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `container_moves`
--

LOCK TABLES `container_moves` WRITE;
/*!40000 ALTER TABLE `container_moves` DISABLE KEYS */;
INSERT INTO `container_moves` VALUES
(1,1,1,'discharge','2025-01-05 08:10:00',30000),
(2,2,1,'discharge','2025-01-05 09:25:00',18200),
(3,3,1,'discharge','2025-01-05 10:40:00',27800),
(4,6,NULL,'gate_in','2025-01-07 10:00:00',29000),
(5,2,NULL,'gate_out','2025-01-07 14:00:00',NULL),
(6,4,2,'discharge','2025-01-08 16:00:00',32500),
(7,5,2,'discharge','2025-01-08 17:15:00',30500),
(8,6,2,'load','2025-01-09 22:30:00',29000),
(9,5,NULL,'gate_out','2025-01-15 08:00:00',NULL),
(10,8,3,'discharge','2025-01-15 23:50:00',21000),
(11,9,3,'discharge','2025-01-16 00:05:00',26400),
(12,20,3,'load','2025-01-16 14:00:00',30000),
(13,12,5,'discharge','2025-01-31 23:58:00',25000),
(14,13,5,'discharge','2025-02-01 00:03:00',28500),
(15,3,6,'load','2025-02-04 16:20:00',27800),
(16,12,NULL,'gate_out','2025-02-05 11:00:00',NULL),
(17,7,7,'discharge','2025-02-10 06:00:00',15000),
(18,4,7,'load','2025-02-11 23:59:00',32500),
(19,16,8,'discharge','2025-02-14 18:00:00',22000),
(20,10,NULL,'gate_in','2025-02-25 13:00:00',31000),
(21,10,10,'load','2025-02-27 10:00:00',31000),
(22,14,11,'discharge','2025-02-28 23:59:00',20000),
(23,15,11,'discharge','2025-03-01 00:10:00',26000),
(24,11,12,'discharge','2025-03-05 15:00:00',19800),
(25,18,12,'discharge','2025-03-05 16:30:00',27000);
/*!40000 ALTER TABLE `container_moves` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `containers`
--

DROP TABLE IF EXISTS `containers`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `containers` (
  `container_id` int(11) NOT NULL AUTO_INCREMENT,
  `container_no` char(11) NOT NULL COMMENT 'ISO 6346 container number',
  `iso_size` enum('20','40') NOT NULL COMMENT 'length in feet',
  `is_reefer` tinyint(1) NOT NULL DEFAULT 0 COMMENT '1 = refrigerated container',
  `owner_line_id` int(11) DEFAULT NULL COMMENT 'owning shipping line; NULL for shipper-owned boxes',
  `tare_weight_kg` int(11) NOT NULL,
  `max_gross_kg` int(11) NOT NULL COMMENT 'maximum permitted gross weight (box plus cargo)',
  PRIMARY KEY (`container_id`),
  UNIQUE KEY `uq_containers_no` (`container_no`),
  KEY `idx_containers_owner` (`owner_line_id`),
  CONSTRAINT `fk_containers_owner` FOREIGN KEY (`owner_line_id`) REFERENCES `shipping_lines` (`line_id`)
) ENGINE=InnoDB AUTO_INCREMENT=21 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `containers`
--

LOCK TABLES `containers` WRITE;
/*!40000 ALTER TABLE `containers` DISABLE KEYS */;
INSERT INTO `containers` VALUES
(1,'MSKU1048270','40',0,1,3750,30480),
(2,'MSKU2210457','20',0,1,2200,30480),
(3,'MSKU7791012','40',1,1,4480,34000),
(4,'MSCU5530216','40',0,2,3800,32500),
(5,'MSCU6612890','20',0,2,2250,30480),
(6,'MSCU7001145','40',1,2,4600,34000),
(7,'MEDU3318824','20',0,2,2180,30480),
(8,'CMAU4420981','40',0,3,3700,32500),
(9,'CMAU5098112','20',1,3,3050,30480),
(10,'HLXU8812034','40',0,4,3900,32500),
(11,'HLXU2207716','20',0,4,2230,30480),
(12,'EGHU9120045','40',0,5,3780,32500),
(13,'EGHU9345510','40',1,5,4520,34000),
(14,'ONEU1122334','20',0,6,2210,30480),
(15,'ONEU5566770','40',0,6,3820,32500),
(16,'YMLU8870012','40',0,7,3760,32500),
(17,'ZIMU3014457','20',0,8,2190,30480),
(18,'ZIMU4409981','40',1,8,4550,34000),
(19,'TGHU6655443','20',0,NULL,2300,30480),
(20,'CMAU7788112','40',0,3,3710,32500);
/*!40000 ALTER TABLE `containers` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `holds`
--

DROP TABLE IF EXISTS `holds`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `holds` (
  `hold_id` int(11) NOT NULL AUTO_INCREMENT,
  `container_id` int(11) NOT NULL,
  `authority` enum('customs','port_health','agriculture') NOT NULL COMMENT 'agency that placed the hold',
  `reason` varchar(80) NOT NULL,
  `placed_at` datetime NOT NULL,
  `released_at` datetime DEFAULT NULL COMMENT 'NULL while the hold is still in force',
  PRIMARY KEY (`hold_id`),
  KEY `idx_holds_container` (`container_id`),
  CONSTRAINT `fk_holds_container` FOREIGN KEY (`container_id`) REFERENCES `containers` (`container_id`)
) ENGINE=InnoDB AUTO_INCREMENT=11 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `holds`
--

LOCK TABLES `holds` WRITE;
/*!40000 ALTER TABLE `holds` DISABLE KEYS */;
INSERT INTO `holds` VALUES
(1,3,'agriculture','Phytosanitary inspection','2025-01-05 12:00:00','2025-01-06 09:30:00'),
(2,4,'customs','X-ray scan','2025-01-08 18:00:00','2025-01-09 08:00:00'),
(3,5,'customs','Valuation query','2025-01-08 18:30:00','2025-01-13 17:30:00'),
(4,9,'port_health','Reefer temperature check','2025-01-16 06:00:00','2025-01-16 18:00:00'),
(5,13,'customs','Documentation discrepancy','2025-02-01 08:00:00',NULL),
(6,16,'customs','X-ray scan','2025-02-14 20:00:00','2025-02-15 10:00:00'),
(7,5,'customs','Random inspection','2025-01-14 09:00:00','2025-01-14 15:00:00'),
(8,18,'customs','Sanctions screening','2025-03-05 18:00:00',NULL),
(9,11,'customs','X-ray scan','2025-03-05 17:00:00','2025-03-06 09:00:00'),
(10,7,'customs','Documentation discrepancy','2025-02-10 09:00:00','2025-02-12 09:00:00');
/*!40000 ALTER TABLE `holds` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `shipping_lines`
--

DROP TABLE IF EXISTS `shipping_lines`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `shipping_lines` (
  `line_id` int(11) NOT NULL AUTO_INCREMENT,
  `line_name` varchar(80) NOT NULL,
  `scac_code` char(4) NOT NULL COMMENT 'Standard Carrier Alpha Code',
  `hq_country` varchar(40) NOT NULL COMMENT 'country of the line''s headquarters',
  PRIMARY KEY (`line_id`),
  UNIQUE KEY `uq_lines_scac` (`scac_code`)
) ENGINE=InnoDB AUTO_INCREMENT=9 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `shipping_lines`
--

LOCK TABLES `shipping_lines` WRITE;
/*!40000 ALTER TABLE `shipping_lines` DISABLE KEYS */;
INSERT INTO `shipping_lines` VALUES
(1,'Maersk Line','MAEU','Denmark'),
(2,'Mediterranean Shipping Company','MSCU','Switzerland'),
(3,'CMA CGM','CMDU','France'),
(4,'Hapag-Lloyd','HLCU','Germany'),
(5,'Evergreen Marine','EGLV','Taiwan'),
(6,'Ocean Network Express','ONEY','Japan'),
(7,'Yang Ming','YMLU','Taiwan'),
(8,'ZIM Integrated Shipping','ZIMU','Israel');
/*!40000 ALTER TABLE `shipping_lines` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `vessel_calls`
--

DROP TABLE IF EXISTS `vessel_calls`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `vessel_calls` (
  `call_id` int(11) NOT NULL AUTO_INCREMENT,
  `vessel_id` int(11) NOT NULL,
  `berth_id` int(11) NOT NULL COMMENT 'berth assigned to the call',
  `voyage_no` varchar(16) NOT NULL,
  `scheduled_arrival` datetime NOT NULL,
  `actual_arrival` datetime DEFAULT NULL COMMENT 'all fast at berth; NULL until the vessel arrives',
  `scheduled_departure` datetime NOT NULL,
  `actual_departure` datetime DEFAULT NULL COMMENT 'NULL until the vessel has sailed',
  `status` enum('scheduled','at_berth','departed','cancelled') NOT NULL DEFAULT 'scheduled',
  PRIMARY KEY (`call_id`),
  UNIQUE KEY `uq_calls_voyage` (`voyage_no`),
  KEY `idx_calls_vessel` (`vessel_id`),
  KEY `idx_calls_berth` (`berth_id`),
  CONSTRAINT `fk_calls_berth` FOREIGN KEY (`berth_id`) REFERENCES `berths` (`berth_id`),
  CONSTRAINT `fk_calls_vessel` FOREIGN KEY (`vessel_id`) REFERENCES `vessels` (`vessel_id`)
) ENGINE=InnoDB AUTO_INCREMENT=16 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `vessel_calls`
--

LOCK TABLES `vessel_calls` WRITE;
/*!40000 ALTER TABLE `vessel_calls` DISABLE KEYS */;
INSERT INTO `vessel_calls` VALUES
(1,1,1,'501W','2025-01-05 06:00:00','2025-01-05 05:40:00','2025-01-06 18:00:00','2025-01-06 17:30:00','departed'),
(2,3,4,'FE502','2025-01-08 08:00:00','2025-01-08 14:30:00','2025-01-10 06:00:00','2025-01-10 12:00:00','departed'),
(3,5,5,'0MX3E','2025-01-15 22:00:00','2025-01-15 21:00:00','2025-01-17 10:00:00','2025-01-17 10:45:00','departed'),
(4,6,2,'2503W','2025-01-20 07:00:00','2025-01-21 03:20:00','2025-01-22 12:00:00','2025-01-23 02:00:00','departed'),
(5,7,4,'1102-050W','2025-01-30 10:00:00','2025-01-31 23:10:00','2025-02-02 06:00:00','2025-02-03 04:20:00','departed'),
(6,2,1,'503E','2025-02-03 12:00:00','2025-02-03 14:00:00','2025-02-04 20:00:00','2025-02-04 22:30:00','departed'),
(7,4,5,'QE505','2025-02-10 04:00:00','2025-02-10 04:00:00','2025-02-12 00:00:00','2025-02-12 01:10:00','departed'),
(8,9,3,'071E','2025-02-14 16:00:00','2025-02-14 16:30:00','2025-02-15 20:00:00','2025-02-15 19:00:00','departed'),
(9,10,6,'2507E','2025-02-20 09:00:00',NULL,'2025-02-21 18:00:00',NULL,'cancelled'),
(10,1,2,'507W','2025-02-26 05:00:00','2025-02-26 08:00:00','2025-02-27 16:00:00','2025-02-27 23:55:00','departed'),
(11,3,4,'FE510','2025-03-01 00:30:00','2025-02-28 23:45:00','2025-03-03 06:00:00','2025-03-03 09:00:00','departed'),
(12,6,2,'2511W','2025-03-05 10:00:00','2025-03-05 13:00:00','2025-03-07 08:00:00',NULL,'at_berth'),
(13,5,5,'0MX5E','2025-03-06 20:00:00','2025-03-06 19:30:00','2025-03-08 06:00:00',NULL,'at_berth'),
(14,7,4,'1102-054W','2025-03-12 08:00:00',NULL,'2025-03-14 06:00:00',NULL,'scheduled'),
(15,9,1,'073E','2025-03-14 06:00:00',NULL,'2025-03-15 12:00:00',NULL,'scheduled');
/*!40000 ALTER TABLE `vessel_calls` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `vessels`
--

DROP TABLE IF EXISTS `vessels`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `vessels` (
  `vessel_id` int(11) NOT NULL AUTO_INCREMENT,
  `imo_number` char(7) NOT NULL COMMENT 'IMO ship identification number',
  `vessel_name` varchar(80) NOT NULL,
  `line_id` int(11) NOT NULL COMMENT 'operating shipping line',
  `capacity_teu` int(11) NOT NULL COMMENT 'nominal capacity in twenty-foot equivalent units',
  `flag_state` char(2) NOT NULL COMMENT 'ISO country code of the flag',
  `year_built` smallint(6) DEFAULT NULL,
  PRIMARY KEY (`vessel_id`),
  UNIQUE KEY `uq_vessels_imo` (`imo_number`),
  KEY `idx_vessels_line` (`line_id`),
  CONSTRAINT `fk_vessels_line` FOREIGN KEY (`line_id`) REFERENCES `shipping_lines` (`line_id`)
) ENGINE=InnoDB AUTO_INCREMENT=11 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `vessels`
--

LOCK TABLES `vessels` WRITE;
/*!40000 ALTER TABLE `vessels` DISABLE KEYS */;
INSERT INTO `vessels` VALUES
(1,'9632179','Maersk Eindhoven',1,13092,'DK',2010),
(2,'9778844','Maersk Halifax',1,15226,'DK',2017),
(3,'9839131','MSC Gulsun',2,23756,'PA',2019),
(4,'9703291','MSC Oscar',2,19224,'PA',2015),
(5,'9454436','CMA CGM Marco Polo',3,16020,'FR',2012),
(6,'9501332','Berlin Express',4,13200,'DE',2012),
(7,'9893890','Ever Ace',5,23992,'PA',2021),
(8,'9935040','ONE Innovation',6,24136,'PA',2023),
(9,'9450612','YM Wellness',7,14080,'LR',2015),
(10,'9313486','Hamburg Express',4,13200,'DE',NULL);
/*!40000 ALTER TABLE `vessels` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-12-07 17:29:22
