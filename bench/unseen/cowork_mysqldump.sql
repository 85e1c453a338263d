-- Canalside Coworking: flexible workspace company with three locations
-- (Amsterdam, Rotterdam, Utrecht). Members buy a monthly plan, book hot desks per day,
-- book meeting rooms by the hour and may bring guests. Invoices are monthly, amounts in
-- euro cents. Data extracted on 2026-03-06.
/*M!999999\- enable the sandbox mode */ 
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: localhost    Database: cowork
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
-- Table structure for table `desk_bookings`
--

DROP TABLE IF EXISTS `desk_bookings`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `desk_bookings` (
  `booking_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `space_id` smallint(5) unsigned NOT NULL COMMENT 'a hot desk',
  `member_id` int(10) unsigned NOT NULL,
  `booking_date` date NOT NULL,
  `checked_in_at` datetime DEFAULT NULL COMMENT 'NULL = member never checked in (no-show)',
  PRIMARY KEY (`booking_id`),
  UNIQUE KEY `uq_desk_day` (`space_id`,`booking_date`),
  KEY `idx_desk_bookings_member` (`member_id`),
  CONSTRAINT `fk_desk_bookings_member` FOREIGN KEY (`member_id`) REFERENCES `members` (`member_id`),
  CONSTRAINT `fk_desk_bookings_space` FOREIGN KEY (`space_id`) REFERENCES `spaces` (`space_id`)
) ENGINE=InnoDB AUTO_INCREMENT=34 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='hot-desk bookings, one desk for one day';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `desk_bookings`
--

LOCK TABLES `desk_bookings` WRITE;
/*!40000 ALTER TABLE `desk_bookings` DISABLE KEYS */;
INSERT INTO `desk_bookings` VALUES
(1,1,2,'2025-12-31','2025-12-31 09:12:00'),
(2,1,2,'2026-01-05','2026-01-05 09:05:00'),
(3,2,2,'2026-01-06',NULL),
(4,1,2,'2026-02-03','2026-02-03 08:55:00'),
(5,1,2,'2026-02-10','2026-02-10 09:30:00'),
(6,2,3,'2026-01-13','2026-01-13 10:02:00'),
(7,3,3,'2026-02-03','2026-02-03 09:40:00'),
(8,2,3,'2026-02-17',NULL),
(9,1,14,'2026-01-20','2026-01-20 09:15:00'),
(10,1,14,'2026-01-30',NULL),
(11,3,14,'2026-02-05','2026-02-05 11:20:00'),
(12,3,14,'2026-02-12','2026-02-12 09:00:00'),
(13,2,9,'2026-02-03','2026-02-03 08:45:00'),
(14,2,9,'2026-02-04','2026-02-04 08:50:00'),
(15,1,18,'2026-02-02','2026-02-02 13:10:00'),
(16,3,19,'2026-03-02','2026-03-02 09:00:00'),
(17,3,19,'2026-01-30',NULL),
(18,8,4,'2026-01-14','2026-01-14 09:20:00'),
(19,8,4,'2026-02-11','2026-02-11 09:35:00'),
(20,9,15,'2026-02-11','2026-02-11 10:00:00'),
(21,9,15,'2026-02-25',NULL),
(22,8,22,'2026-03-03','2026-03-03 09:10:00'),
(23,9,10,'2025-06-10','2025-06-10 09:00:00'),
(24,8,13,'2025-11-18',NULL),
(25,9,13,'2025-12-02','2025-12-02 09:45:00'),
(26,13,7,'2026-01-08','2026-01-08 09:05:00'),
(27,13,7,'2026-02-02','2026-02-02 09:10:00'),
(28,14,7,'2026-02-27',NULL),
(29,14,17,'2026-02-02','2026-02-02 08:58:00'),
(30,14,5,'2025-10-31','2025-10-31 09:30:00'),
(31,14,5,'2025-09-09',NULL),
(32,13,17,'2026-03-02',NULL),
(33,14,18,'2026-02-19','2026-02-19 10:30:00');
/*!40000 ALTER TABLE `desk_bookings` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `guest_passes`
--

DROP TABLE IF EXISTS `guest_passes`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `guest_passes` (
  `pass_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `member_id` int(10) unsigned NOT NULL COMMENT 'host member',
  `location` enum('AMS','RTM','UTR') NOT NULL,
  `visit_date` date NOT NULL,
  `guest_name` varchar(100) NOT NULL,
  `guest_email` varchar(120) DEFAULT NULL,
  `fee_cents` int(10) unsigned NOT NULL DEFAULT 1500 COMMENT 'charged to the host member',
  PRIMARY KEY (`pass_id`),
  KEY `idx_guest_passes_member` (`member_id`),
  CONSTRAINT `fk_guest_passes_member` FOREIGN KEY (`member_id`) REFERENCES `members` (`member_id`)
) ENGINE=InnoDB AUTO_INCREMENT=13 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `guest_passes`
--

LOCK TABLES `guest_passes` WRITE;
/*!40000 ALTER TABLE `guest_passes` DISABLE KEYS */;
INSERT INTO `guest_passes` VALUES
(1,8,'AMS','2025-11-12','Kees Vos','kees@vosconsult.nl',1500),
(2,13,'RTM','2025-12-02','Peter Smit',NULL,1500),
(3,8,'AMS','2026-01-15','Kees Vos','kees@vosconsult.nl',1500),
(4,4,'RTM','2026-01-22','Sara Kuipers',NULL,1500),
(5,13,'RTM','2026-02-03','Laura Chen','l.chen@example.com',1500),
(6,8,'AMS','2026-02-04','Anna Lind',NULL,1500),
(7,3,'AMS','2026-02-05','Ravi Raman',NULL,0),
(8,7,'UTR','2026-02-10','Bas Hoekstra',NULL,0),
(9,1,'AMS','2026-02-18','Joost Ruiter',NULL,1500),
(10,1,'AMS','2026-02-18','Mira Ruiter',NULL,1500),
(11,13,'RTM','2026-02-24','laura chen',NULL,1500),
(12,16,'UTR','2026-02-25','Daan Smit','daan.smit@kpn.nl',0);
/*!40000 ALTER TABLE `guest_passes` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `invoice_lines`
--

DROP TABLE IF EXISTS `invoice_lines`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `invoice_lines` (
  `line_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `invoice_id` int(10) unsigned NOT NULL,
  `line_type` enum('plan_fee','room_overage','guest_pass','discount','other') NOT NULL,
  `description` varchar(120) NOT NULL,
  `quantity` smallint(6) NOT NULL DEFAULT 1,
  `unit_price_cents` int(11) NOT NULL COMMENT 'euro cents per unit; negative only for discounts',
  PRIMARY KEY (`line_id`),
  KEY `idx_invoice_lines_invoice` (`invoice_id`),
  CONSTRAINT `fk_invoice_lines_invoice` FOREIGN KEY (`invoice_id`) REFERENCES `invoices` (`invoice_id`),
  CONSTRAINT `chk_invoice_lines_qty` CHECK (`quantity` > 0),
  CONSTRAINT `chk_invoice_lines_sign` CHECK (`unit_price_cents` >= 0 or `line_type` = 'discount')
) ENGINE=InnoDB AUTO_INCREMENT=34 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `invoice_lines`
--

LOCK TABLES `invoice_lines` WRITE;
/*!40000 ALTER TABLE `invoice_lines` DISABLE KEYS */;
INSERT INTO `invoice_lines` VALUES
(1,1,'plan_fee','Fixed Desk - December 2025',1,34900),
(2,2,'plan_fee','Hot Desk Unlimited - December 2025',1,25900),
(3,3,'plan_fee','Private Office (4 seats) - December 2025',1,145000),
(4,4,'plan_fee','Hot Desk Unlimited - December 2025',1,25900),
(5,4,'guest_pass','Guest pass Peter Smit, 2 Dec',1,1500),
(6,5,'plan_fee','Fixed Desk - December 2025',1,34900),
(7,6,'plan_fee','Fixed Desk - December 2025',1,34900),
(8,6,'discount','Loyalty discount',1,-5000),
(9,7,'plan_fee','Fixed Desk - January 2026',1,34900),
(10,8,'plan_fee','Hot Desk Unlimited - January 2026',1,25900),
(11,9,'plan_fee','Private Office (4 seats) - January 2026',1,145000),
(12,9,'guest_pass','Guest pass Kees Vos, 15 Jan',1,1500),
(13,10,'plan_fee','Private Office (4 seats) - January 2026',1,145000),
(14,11,'plan_fee','Fixed Desk - January 2026',1,34900),
(15,12,'plan_fee','Hot Desk Flex - January 2026',1,18900),
(16,13,'plan_fee','Hot Desk Unlimited - January 2026',1,25900),
(17,13,'guest_pass','Guest pass Sara Kuipers, 22 Jan',1,1500),
(18,14,'plan_fee','Fixed Desk - February 2026',1,34900),
(19,15,'plan_fee','Hot Desk Unlimited - February 2026',1,25900),
(20,16,'plan_fee','Private Office (4 seats) - February 2026',1,145000),
(21,16,'guest_pass','Guest pass Anna Lind, 4 Feb',1,1500),
(22,17,'plan_fee','Private Office (4 seats) - February 2026',1,145000),
(23,17,'guest_pass','Guest passes Laura Chen, 3 + 24 Feb',2,1500),
(24,18,'plan_fee','Hot Desk Flex - February 2026',1,18900),
(25,18,'room_overage','Meeting room hours over plan, January',1,3500),
(26,19,'plan_fee','Hot Desk Flex - February 2026',1,18900),
(27,20,'plan_fee','Hot Desk Flex - February 2026',1,18900),
(28,21,'plan_fee','Hot Desk Flex - February 2026',1,18900),
(29,22,'plan_fee','Fixed Desk - March 2026',1,34900),
(30,22,'guest_pass','Guest passes J. and M. Ruiter, 18 Feb',2,1500),
(31,23,'plan_fee','Virtual Office - December 2025',1,5900),
(32,24,'plan_fee','Virtual Office - January 2026',1,5900),
(33,25,'plan_fee','Virtual Office - February 2026',1,5900);
/*!40000 ALTER TABLE `invoice_lines` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `invoices`
--

DROP TABLE IF EXISTS `invoices`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `invoices` (
  `invoice_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `invoice_number` varchar(20) NOT NULL,
  `member_id` int(10) unsigned NOT NULL,
  `period_month` date NOT NULL COMMENT 'first day of the month the invoice covers',
  `issued_on` date NOT NULL,
  `due_on` date NOT NULL,
  `status` enum('draft','sent','paid','void') NOT NULL DEFAULT 'draft',
  `paid_on` date DEFAULT NULL,
  PRIMARY KEY (`invoice_id`),
  UNIQUE KEY `uq_invoices_number` (`invoice_number`),
  KEY `idx_invoices_member` (`member_id`),
  CONSTRAINT `fk_invoices_member` FOREIGN KEY (`member_id`) REFERENCES `members` (`member_id`),
  CONSTRAINT `chk_invoices_period` CHECK (dayofmonth(`period_month`) = 1),
  CONSTRAINT `chk_invoices_due` CHECK (`due_on` >= `issued_on`),
  CONSTRAINT `chk_invoices_paid` CHECK (`status` = 'paid' = (`paid_on` is not null))
) ENGINE=InnoDB AUTO_INCREMENT=26 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `invoices`
--

LOCK TABLES `invoices` WRITE;
/*!40000 ALTER TABLE `invoices` DISABLE KEYS */;
INSERT INTO `invoices` VALUES
(1,'CW-2025-0101',1,'2025-12-01','2025-11-28','2025-12-12','paid','2025-12-10'),
(2,'CW-2025-0102',2,'2025-12-01','2025-11-28','2025-12-12','paid','2025-12-11'),
(3,'CW-2025-0103',8,'2025-12-01','2025-11-28','2025-12-12','paid','2025-12-05'),
(4,'CW-2025-0104',13,'2025-12-01','2025-11-28','2025-12-12','paid','2025-12-20'),
(5,'CW-2025-0105',10,'2025-12-01','2025-11-28','2025-12-12','void',NULL),
(6,'CW-2025-0106',10,'2025-12-01','2025-12-03','2025-12-17','paid','2025-12-22'),
(7,'CW-2026-0001',1,'2026-01-01','2026-01-02','2026-01-16','paid','2026-01-10'),
(8,'CW-2026-0002',2,'2026-01-01','2026-01-02','2026-01-16','paid','2026-01-12'),
(9,'CW-2026-0003',8,'2026-01-01','2026-01-02','2026-01-16','paid','2026-01-09'),
(10,'CW-2026-0004',13,'2026-01-01','2026-01-02','2026-01-16','sent',NULL),
(11,'CW-2026-0005',10,'2026-01-01','2026-01-02','2026-01-16','paid','2026-01-20'),
(12,'CW-2026-0006',7,'2026-01-01','2026-01-02','2026-01-16','paid','2026-01-15'),
(13,'CW-2026-0007',4,'2026-01-01','2026-01-02','2026-01-16','paid','2026-01-14'),
(14,'CW-2026-0101',1,'2026-02-01','2026-02-02','2026-02-16','paid','2026-02-11'),
(15,'CW-2026-0102',2,'2026-02-01','2026-02-02','2026-02-16','sent',NULL),
(16,'CW-2026-0103',8,'2026-02-01','2026-02-02','2026-02-16','paid','2026-02-13'),
(17,'CW-2026-0104',13,'2026-02-01','2026-02-02','2026-02-16','sent',NULL),
(18,'CW-2026-0105',7,'2026-02-01','2026-02-02','2026-02-16','paid','2026-02-09'),
(19,'CW-2026-0106',21,'2026-02-01','2026-02-02','2026-02-16','void',NULL),
(20,'CW-2026-0107',21,'2026-02-01','2026-02-16','2026-03-02','sent',NULL),
(21,'CW-2026-0108',17,'2026-02-01','2026-02-02','2026-02-16','draft',NULL),
(22,'CW-2026-0201',1,'2026-03-01','2026-02-27','2026-03-13','sent',NULL),
(23,'CW-2025-0107',20,'2025-12-01','2025-12-01','2025-12-15','paid','2025-12-02'),
(24,'CW-2026-0008',20,'2026-01-01','2026-01-02','2026-01-16','paid','2026-01-03'),
(25,'CW-2026-0109',20,'2026-02-01','2026-02-02','2026-02-16','paid','2026-02-02');
/*!40000 ALTER TABLE `invoices` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `members`
--

DROP TABLE IF EXISTS `members`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `members` (
  `member_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `first_name` varchar(50) NOT NULL,
  `last_name` varchar(50) NOT NULL,
  `email` varchar(120) NOT NULL,
  `company_name` varchar(100) DEFAULT NULL COMMENT 'NULL = freelancer / private individual',
  `home_location` enum('AMS','RTM','UTR') NOT NULL COMMENT 'AMS = Amsterdam Keizersgracht, RTM = Rotterdam Wijnhaven, UTR = Utrecht Neude',
  `joined_on` date NOT NULL,
  `referred_by_member_id` int(10) unsigned DEFAULT NULL COMMENT 'member who referred this member',
  `marketing_opt_in` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`member_id`),
  UNIQUE KEY `uq_members_email` (`email`),
  KEY `idx_members_referrer` (`referred_by_member_id`),
  CONSTRAINT `fk_members_referrer` FOREIGN KEY (`referred_by_member_id`) REFERENCES `members` (`member_id`)
) ENGINE=InnoDB AUTO_INCREMENT=23 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `members`
--

LOCK TABLES `members` WRITE;
/*!40000 ALTER TABLE `members` DISABLE KEYS */;
INSERT INTO `members` VALUES
(1,'Sanne','de Vries','sanne@bitwise.nl','Bitwise BV','AMS','2024-11-04',NULL,1),
(2,'Jonas','Bakker','jonas.bakker@gmail.com',NULL,'AMS','2025-01-13',1,0),
(3,'Priya','Raman','Priya.Raman@bitwise.nl','Bitwise BV','AMS','2025-02-03',1,1),
(4,'Tom','Jansen','tom@havenlicht.nl','Havenlicht Design','RTM','2025-01-20',NULL,0),
(5,'Lotte','Visser','lotte.visser@outlook.com',NULL,'UTR','2025-03-01',NULL,1),
(6,'Mark','de Boer','m.deboer@kadelegal.nl','Kade Legal','RTM','2025-03-17',4,0),
(7,'Tom','Jansen','TomJansen.Fotografie@gmail.com',NULL,'UTR','2025-04-02',5,1),
(8,'Eva','Mulder','eva@greenleaf-analytics.com','Greenleaf Analytics','AMS','2025-04-14',NULL,1),
(9,'Daan','Smit','daan@greenleaf-analytics.com','Greenleaf Analytics','AMS','2025-05-05',8,0),
(10,'Fatima','El Amrani','fatima.elamrani@proton.me',NULL,'RTM','2025-05-19',NULL,1),
(11,'Lucas','Meijer','l.meijer@kadelegal.nl','Kade Legal','RTM','2025-06-02',6,0),
(12,'Noor','Hendriks','noor@NoorHendriks.com',NULL,'UTR','2025-06-16',NULL,0),
(13,'Sem','van Dijk','sem@wijnhaven.vc','Wijnhaven Ventures','RTM','2025-07-01',NULL,1),
(14,'Julia','Bos','julia.bos@gmail.com',NULL,'AMS','2025-07-21',2,1),
(15,'Ahmed','Yilmaz','ahmed@havenlicht.nl','Havenlicht Design','RTM','2025-08-04',4,0),
(16,'Emma','de Graaf','emma@neudemedia.nl','Neude Media','UTR','2025-09-01',NULL,1),
(17,'Ruben','Kok','ruben@neudemedia.nl','Neude Media','UTR','2025-09-30',16,0),
(18,'Sophie','Peters','sophiepeters@icloud.com',NULL,'AMS','2025-10-01',NULL,1),
(19,'Milan','Vermeulen','milan@bitwise.nl','Bitwise BV','AMS','2025-11-03',1,0),
(20,'Isa','Brouwer','isa.brouwer@gmail.com',NULL,'RTM','2025-12-01',NULL,0),
(21,'Thijs','Dekker','thijs@dekker-ux.nl',NULL,'UTR','2026-01-05',7,1),
(22,'Yara','Willems','yara@willemsco.nl','Willems & Co','RTM','2026-03-02',13,0);
/*!40000 ALTER TABLE `members` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `memberships`
--

DROP TABLE IF EXISTS `memberships`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `memberships` (
  `membership_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `member_id` int(10) unsigned NOT NULL,
  `plan_id` smallint(5) unsigned NOT NULL,
  `start_date` date NOT NULL,
  `end_date` date DEFAULT NULL COMMENT 'last day on the plan (inclusive); NULL = still running',
  `notes` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`membership_id`),
  KEY `idx_memberships_member` (`member_id`),
  KEY `fk_memberships_plan` (`plan_id`),
  CONSTRAINT `fk_memberships_member` FOREIGN KEY (`member_id`) REFERENCES `members` (`member_id`),
  CONSTRAINT `fk_memberships_plan` FOREIGN KEY (`plan_id`) REFERENCES `plans` (`plan_id`),
  CONSTRAINT `chk_memberships_dates` CHECK (`end_date` is null or `end_date` >= `start_date`)
) ENGINE=InnoDB AUTO_INCREMENT=28 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `memberships`
--

LOCK TABLES `memberships` WRITE;
/*!40000 ALTER TABLE `memberships` DISABLE KEYS */;
INSERT INTO `memberships` VALUES
(1,1,6,'2024-11-04','2025-06-30','legacy plan retired'),
(2,1,3,'2025-07-01',NULL,NULL),
(3,2,1,'2025-01-13','2025-08-31',NULL),
(4,2,2,'2025-09-01',NULL,'upgraded'),
(5,3,2,'2025-02-03',NULL,NULL),
(6,4,2,'2025-01-20',NULL,NULL),
(7,5,1,'2025-03-01','2025-10-31','moved abroad'),
(8,6,3,'2025-03-17',NULL,NULL),
(9,7,5,'2025-04-02','2025-09-30',NULL),
(10,7,1,'2025-10-01',NULL,'switched from virtual'),
(11,8,4,'2025-04-14',NULL,'office 2.03'),
(12,9,2,'2025-05-05',NULL,NULL),
(13,10,1,'2025-05-19','2025-07-31',NULL),
(14,10,3,'2025-08-01','2026-01-31','cancelled with one month notice'),
(15,11,3,'2025-06-02',NULL,NULL),
(16,12,5,'2025-06-16',NULL,NULL),
(17,13,2,'2025-07-01','2025-12-31',NULL),
(18,13,4,'2026-01-01',NULL,'team grew to 3'),
(19,14,1,'2025-07-21',NULL,NULL),
(20,15,2,'2025-08-04',NULL,NULL),
(21,16,3,'2025-09-01',NULL,NULL),
(22,17,1,'2025-09-30','2026-02-28',NULL),
(23,18,1,'2025-10-01',NULL,NULL),
(24,19,2,'2025-11-03',NULL,NULL),
(25,20,5,'2025-12-01',NULL,NULL),
(26,21,1,'2026-01-05',NULL,NULL),
(27,22,2,'2026-03-02',NULL,NULL);
/*!40000 ALTER TABLE `memberships` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `plans`
--

DROP TABLE IF EXISTS `plans`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `plans` (
  `plan_id` smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  `plan_name` varchar(60) NOT NULL,
  `plan_type` enum('hot_desk','fixed_desk','private_office','virtual') NOT NULL,
  `monthly_price` decimal(8,2) NOT NULL COMMENT 'EUR per month, excl. VAT',
  `room_hours_included` smallint(5) unsigned NOT NULL DEFAULT 0 COMMENT 'meeting-room hours included per calendar month',
  `is_active` tinyint(1) NOT NULL DEFAULT 1 COMMENT '0 = no longer sold to new members',
  PRIMARY KEY (`plan_id`),
  UNIQUE KEY `uq_plans_name` (`plan_name`),
  CONSTRAINT `chk_plans_price` CHECK (`monthly_price` >= 0)
) ENGINE=InnoDB AUTO_INCREMENT=8 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='membership plans';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `plans`
--

LOCK TABLES `plans` WRITE;
/*!40000 ALTER TABLE `plans` DISABLE KEYS */;
INSERT INTO `plans` VALUES
(1,'Hot Desk Flex','hot_desk',189.00,2,1),
(2,'Hot Desk Unlimited','hot_desk',259.00,4,1),
(3,'Fixed Desk','fixed_desk',349.00,6,1),
(4,'Private Office (4 seats)','private_office',1450.00,12,1),
(5,'Virtual Office','virtual',59.00,0,1),
(6,'Founders Desk (legacy)','fixed_desk',299.00,6,0),
(7,'Night Owl','hot_desk',129.00,0,0);
/*!40000 ALTER TABLE `plans` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `room_bookings`
--

DROP TABLE IF EXISTS `room_bookings`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `room_bookings` (
  `booking_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `space_id` smallint(5) unsigned NOT NULL COMMENT 'a meeting room',
  `member_id` int(10) unsigned NOT NULL COMMENT 'member who booked',
  `starts_at` datetime NOT NULL,
  `ends_at` datetime NOT NULL,
  `attendees` tinyint(3) unsigned DEFAULT NULL COMMENT 'expected attendees, optional',
  `is_cancelled` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`booking_id`),
  KEY `idx_room_bookings_space` (`space_id`,`starts_at`),
  KEY `idx_room_bookings_member` (`member_id`),
  CONSTRAINT `fk_room_bookings_member` FOREIGN KEY (`member_id`) REFERENCES `members` (`member_id`),
  CONSTRAINT `fk_room_bookings_space` FOREIGN KEY (`space_id`) REFERENCES `spaces` (`space_id`),
  CONSTRAINT `chk_room_bookings_times` CHECK (`ends_at` > `starts_at`)
) ENGINE=InnoDB AUTO_INCREMENT=35 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `room_bookings`
--

LOCK TABLES `room_bookings` WRITE;
/*!40000 ALTER TABLE `room_bookings` DISABLE KEYS */;
INSERT INTO `room_bookings` VALUES
(1,16,5,'2025-09-10 10:00:00','2025-09-10 11:00:00',3,0,'2025-09-01 12:00:00'),
(2,12,6,'2025-12-04 09:00:00','2025-12-04 10:00:00',2,1,'2025-11-28 16:40:00'),
(3,5,8,'2025-12-16 14:00:00','2025-12-16 16:00:00',7,0,'2025-12-08 10:15:00'),
(4,12,11,'2026-01-08 11:00:00','2026-01-08 12:30:00',NULL,0,'2026-01-07 17:02:00'),
(5,12,10,'2026-01-15 10:00:00','2026-01-15 12:00:00',3,0,'2026-01-12 09:30:00'),
(6,16,16,'2026-01-20 09:00:00','2026-01-20 10:00:00',5,0,'2026-01-14 11:11:00'),
(7,16,17,'2026-01-20 10:00:00','2026-01-20 11:00:00',4,0,'2026-01-15 08:20:00'),
(8,11,4,'2026-01-22 13:00:00','2026-01-22 15:00:00',6,0,'2026-01-19 14:45:00'),
(9,6,18,'2026-01-31 16:00:00','2026-01-31 18:00:00',2,0,'2026-01-29 10:00:00'),
(10,6,18,'2026-02-02 09:00:00','2026-02-02 10:30:00',3,0,'2026-01-30 15:25:00'),
(11,11,13,'2026-02-03 09:00:00','2026-02-03 13:00:00',8,0,'2026-01-26 09:00:00'),
(12,5,8,'2026-02-04 09:00:00','2026-02-04 17:00:00',8,0,'2026-01-20 13:30:00'),
(13,6,3,'2026-02-05 13:00:00','2026-02-05 16:00:00',4,0,'2026-02-02 10:05:00'),
(14,17,21,'2026-02-06 10:00:00','2026-02-06 12:00:00',3,1,'2026-02-01 19:45:00'),
(15,16,7,'2026-02-10 14:00:00','2026-02-10 16:30:00',5,0,'2026-02-06 12:00:00'),
(16,5,8,'2026-02-12 09:00:00','2026-02-12 11:00:00',6,0,'2026-02-09 08:40:00'),
(17,5,3,'2026-02-12 10:30:00','2026-02-12 12:00:00',4,0,'2026-02-10 16:20:00'),
(18,6,2,'2026-02-12 10:00:00','2026-02-12 11:00:00',2,0,'2026-02-11 09:00:00'),
(19,5,1,'2026-02-12 12:00:00','2026-02-12 13:00:00',NULL,0,'2026-02-11 09:30:00'),
(20,5,9,'2026-02-12 12:30:00','2026-02-12 13:30:00',5,1,'2026-02-11 10:10:00'),
(21,17,17,'2026-02-13 13:00:00','2026-02-13 16:00:00',4,1,'2026-02-09 14:00:00'),
(22,11,6,'2026-02-17 14:00:00','2026-02-17 16:00:00',9,0,'2026-02-12 11:30:00'),
(23,11,11,'2026-02-17 15:00:00','2026-02-17 15:30:00',2,0,'2026-02-17 14:50:00'),
(24,5,1,'2026-02-18 09:00:00','2026-02-18 14:00:00',8,0,'2026-02-13 17:00:00'),
(25,12,4,'2026-02-19 09:00:00','2026-02-19 11:00:00',3,0,'2026-02-16 09:10:00'),
(26,5,9,'2026-02-20 09:00:00','2026-02-20 12:30:00',6,0,'2026-02-16 13:00:00'),
(27,12,13,'2026-02-24 10:00:00','2026-02-24 14:00:00',4,0,'2026-02-18 15:35:00'),
(28,18,16,'2026-02-25 13:00:00','2026-02-25 18:00:00',12,0,'2026-02-10 10:00:00'),
(29,6,14,'2026-02-26 15:00:00','2026-02-26 17:00:00',3,0,'2026-02-23 12:12:00'),
(30,16,17,'2026-02-27 09:00:00','2026-02-27 11:00:00',2,0,'2026-02-24 09:45:00'),
(31,5,19,'2026-02-27 13:00:00','2026-02-27 17:30:00',7,0,'2026-02-20 16:00:00'),
(32,11,15,'2026-03-02 09:00:00','2026-03-02 14:00:00',10,0,'2026-02-25 11:00:00'),
(33,11,13,'2026-03-04 09:00:00','2026-03-04 10:00:00',5,0,'2026-03-01 20:30:00'),
(34,18,16,'2026-03-05 09:00:00','2026-03-05 12:00:00',10,1,'2026-02-26 13:15:00');
/*!40000 ALTER TABLE `room_bookings` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `spaces`
--

DROP TABLE IF EXISTS `spaces`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `spaces` (
  `space_id` smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  `location` enum('AMS','RTM','UTR') NOT NULL COMMENT 'AMS = Amsterdam, RTM = Rotterdam, UTR = Utrecht',
  `space_type` enum('hot_desk','fixed_desk','meeting_room') NOT NULL,
  `name` varchar(40) NOT NULL,
  `capacity` tinyint(3) unsigned NOT NULL DEFAULT 1 COMMENT 'seats',
  `hourly_rate_cents` int(10) unsigned DEFAULT NULL COMMENT 'meeting rooms only: price per hour beyond included hours',
  PRIMARY KEY (`space_id`),
  UNIQUE KEY `uq_spaces_loc_name` (`location`,`name`),
  CONSTRAINT `chk_spaces_capacity` CHECK (`capacity` >= 1)
) ENGINE=InnoDB AUTO_INCREMENT=19 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='desks and meeting rooms';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `spaces`
--

LOCK TABLES `spaces` WRITE;
/*!40000 ALTER TABLE `spaces` DISABLE KEYS */;
INSERT INTO `spaces` VALUES
(1,'AMS','hot_desk','AMS-HD-01',1,NULL),
(2,'AMS','hot_desk','AMS-HD-02',1,NULL),
(3,'AMS','hot_desk','AMS-HD-03',1,NULL),
(4,'AMS','fixed_desk','AMS-FD-01',1,NULL),
(5,'AMS','meeting_room','Keizer',8,4500),
(6,'AMS','meeting_room','Gracht',4,2500),
(7,'AMS','meeting_room','Zolder',12,6000),
(8,'RTM','hot_desk','RTM-HD-01',1,NULL),
(9,'RTM','hot_desk','RTM-HD-02',1,NULL),
(10,'RTM','fixed_desk','RTM-FD-01',1,NULL),
(11,'RTM','meeting_room','Maas',10,5000),
(12,'RTM','meeting_room','Kraan',4,2500),
(13,'UTR','hot_desk','UTR-HD-01',1,NULL),
(14,'UTR','hot_desk','UTR-HD-02',1,NULL),
(15,'UTR','fixed_desk','UTR-FD-01',1,NULL),
(16,'UTR','meeting_room','Dom',6,3500),
(17,'UTR','meeting_room','Neude',6,2500),
(18,'UTR','meeting_room','Oudegracht',14,6500);
/*!40000 ALTER TABLE `spaces` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-12-07 23:37:46
