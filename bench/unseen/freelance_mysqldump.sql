/*M!999999\- enable the sandbox mode */ 
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: localhost    Database: freelance
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
-- Table structure for table `clients`
--

DROP TABLE IF EXISTS `clients`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `clients` (
  `client_id` int(11) NOT NULL AUTO_INCREMENT,
  `company_name` varchar(80) NOT NULL,
  `country` char(2) NOT NULL COMMENT 'ISO 3166-1 alpha-2',
  `industry` varchar(40) DEFAULT NULL,
  `payment_verified` tinyint(1) NOT NULL DEFAULT 0 COMMENT '1 = payment method verified',
  `signed_up_on` date NOT NULL,
  PRIMARY KEY (`client_id`),
  UNIQUE KEY `uq_clients_company` (`company_name`)
) ENGINE=InnoDB AUTO_INCREMENT=11 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `clients`
--

LOCK TABLES `clients` WRITE;
/*!40000 ALTER TABLE `clients` DISABLE KEYS */;
INSERT INTO `clients` VALUES
(1,'Northwind Analytics','US','software',1,'2023-02-10'),
(2,'Bluefin Logistics','NL','logistics',1,'2023-06-01'),
(3,'Copperleaf Studio','GB','design',0,'2024-01-15'),
(4,'Helios Health','DE','healthcare',1,'2022-11-03'),
(5,'Quarry & Co','US','retail',0,'2024-08-20'),
(6,'Tidewater Media','CA','media',1,'2024-03-05'),
(7,'Orchid Fintech','SG','finance',1,'2023-09-12'),
(8,'Pinecrest Realty','US','real estate',0,'2025-01-07'),
(9,'Lumen Education','IN',NULL,1,'2024-05-30'),
(10,'Greystone Legal','GB','legal',0,'2024-10-10');
/*!40000 ALTER TABLE `clients` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `freelancer_skills`
--

DROP TABLE IF EXISTS `freelancer_skills`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `freelancer_skills` (
  `freelancer_id` int(11) NOT NULL,
  `skill` varchar(40) NOT NULL,
  `years_experience` tinyint(3) unsigned DEFAULT NULL,
  PRIMARY KEY (`freelancer_id`,`skill`),
  CONSTRAINT `fk_fskills_freelancer` FOREIGN KEY (`freelancer_id`) REFERENCES `freelancers` (`freelancer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `freelancer_skills`
--

LOCK TABLES `freelancer_skills` WRITE;
/*!40000 ALTER TABLE `freelancer_skills` DISABLE KEYS */;
INSERT INTO `freelancer_skills` VALUES
(1,'React',4),
(1,'UI Design',3),
(2,'Python',3),
(2,'SQL',2),
(3,'Copywriting',5),
(3,'UI Design',8),
(4,'DevOps',5),
(4,'Python',6),
(4,'SQL',4),
(5,'Copywriting',2),
(5,'SEO',3),
(6,'Copywriting',3),
(6,'Translation',4),
(7,'Data Visualization',7),
(7,'Python',10),
(7,'SQL',10),
(8,'DevOps',3),
(8,'React',5),
(9,'SEO',2),
(10,'Data Visualization',6),
(10,'SQL',5),
(11,'Python',1),
(11,'SQL',NULL),
(12,'Translation',6);
/*!40000 ALTER TABLE `freelancer_skills` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `freelancers`
--

DROP TABLE IF EXISTS `freelancers`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `freelancers` (
  `freelancer_id` int(11) NOT NULL AUTO_INCREMENT,
  `full_name` varchar(80) NOT NULL,
  `country` char(2) NOT NULL COMMENT 'ISO 3166-1 alpha-2',
  `hourly_rate_cents` int(10) unsigned NOT NULL COMMENT 'advertised hourly rate, in US cents',
  `joined_on` date NOT NULL,
  `is_verified` tinyint(1) NOT NULL DEFAULT 0 COMMENT '1 = identity verified',
  PRIMARY KEY (`freelancer_id`)
) ENGINE=InnoDB AUTO_INCREMENT=13 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `freelancers`
--

LOCK TABLES `freelancers` WRITE;
/*!40000 ALTER TABLE `freelancers` DISABLE KEYS */;
INSERT INTO `freelancers` VALUES
(1,'Ana Souza','BR',4500,'2022-03-01',1),
(2,'Bilal Khan','IN',3000,'2023-01-20',0),
(3,'Chloe Martin','FR',8500,'2021-07-15',1),
(4,'Dmitri Volkov','UA',5500,'2022-09-09',1),
(5,'Emeka Obi','NG',3000,'2023-05-05',1),
(6,'Fatima Zahra','MA',4000,'2024-02-14',0),
(7,'Grace Lee','US',12000,'2020-11-30',1),
(8,'Hiro Tanaka','JP',7000,'2023-12-01',0),
(9,'Isabel Cruz','PH',2500,'2024-06-18',1),
(10,'Jonas Berg','SE',9000,'2022-01-10',1),
(11,'Kavya Iyer','IN',3500,'2025-01-03',0),
(12,'Liam Walsh','US',6500,'2024-09-01',1);
/*!40000 ALTER TABLE `freelancers` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `jobs`
--

DROP TABLE IF EXISTS `jobs`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `jobs` (
  `job_id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` int(11) NOT NULL COMMENT 'client who posted the job',
  `title` varchar(120) NOT NULL,
  `required_skill` varchar(40) NOT NULL,
  `job_type` enum('fixed','hourly') NOT NULL,
  `budget_cents` int(10) unsigned NOT NULL COMMENT 'client budget, in US cents',
  `status` enum('open','in_progress','completed','cancelled') NOT NULL DEFAULT 'open',
  `posted_at` datetime NOT NULL,
  `hired_freelancer_id` int(11) DEFAULT NULL COMMENT 'NULL until a freelancer is hired',
  PRIMARY KEY (`job_id`),
  KEY `idx_jobs_client` (`client_id`),
  KEY `idx_jobs_hired` (`hired_freelancer_id`),
  CONSTRAINT `fk_jobs_client` FOREIGN KEY (`client_id`) REFERENCES `clients` (`client_id`),
  CONSTRAINT `fk_jobs_hired` FOREIGN KEY (`hired_freelancer_id`) REFERENCES `freelancers` (`freelancer_id`)
) ENGINE=InnoDB AUTO_INCREMENT=17 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `jobs`
--

LOCK TABLES `jobs` WRITE;
/*!40000 ALTER TABLE `jobs` DISABLE KEYS */;
INSERT INTO `jobs` VALUES
(1,1,'Sales dashboard in Power BI','Data Visualization','fixed',250000,'completed','2025-01-06 09:15:00',10),
(2,1,'ETL pipeline to Postgres','Python','hourly',600000,'in_progress','2025-02-03 14:00:00',7),
(3,2,'Route optimisation script','Python','fixed',250000,'completed','2025-01-12 10:30:00',4),
(4,2,'Warehouse KPI report','SQL','fixed',90000,'cancelled','2025-02-20 08:00:00',NULL),
(5,3,'Brand refresh landing page','UI Design','fixed',150000,'completed','2024-12-02 16:45:00',3),
(6,3,'Blog copy, 10 articles','Copywriting','fixed',60000,'completed','2025-01-20 11:00:00',5),
(7,4,'Patient portal React frontend','React','hourly',900000,'in_progress','2025-02-15 09:00:00',1),
(8,4,'German to English translation','Translation','fixed',40000,'open','2025-04-02 13:20:00',NULL),
(9,5,'SEO audit for e-shop','SEO','fixed',50000,'completed','2025-02-01 10:00:00',9),
(10,5,'Product descriptions','Copywriting','fixed',50000,'cancelled','2025-03-10 12:00:00',6),
(11,6,'Video SEO strategy','SEO','hourly',80000,'open','2025-03-28 17:00:00',NULL),
(12,7,'Fraud model prototype','Python','hourly',1200000,'completed','2024-11-18 09:00:00',7),
(13,7,'Kubernetes cluster hardening','DevOps','fixed',350000,'in_progress','2025-03-03 08:30:00',8),
(14,9,'Course website redesign','UI Design','fixed',200000,'in_progress','2025-03-15 10:00:00',1),
(15,9,'Hindi subtitles','Translation','fixed',25000,'open','2025-04-10 15:00:00',NULL),
(16,10,'Contract database cleanup','SQL','hourly',120000,'cancelled','2025-04-12 09:45:00',NULL);
/*!40000 ALTER TABLE `jobs` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `milestones`
--

DROP TABLE IF EXISTS `milestones`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `milestones` (
  `milestone_id` int(11) NOT NULL AUTO_INCREMENT,
  `job_id` int(11) NOT NULL COMMENT 'fixed-price job the milestone belongs to',
  `title` varchar(80) NOT NULL,
  `amount_cents` int(10) unsigned NOT NULL,
  `due_on` date NOT NULL,
  `paid_at` datetime DEFAULT NULL COMMENT 'NULL while unpaid (UTC)',
  PRIMARY KEY (`milestone_id`),
  KEY `idx_milestones_job` (`job_id`),
  CONSTRAINT `fk_milestones_job` FOREIGN KEY (`job_id`) REFERENCES `jobs` (`job_id`)
) ENGINE=InnoDB AUTO_INCREMENT=15 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `milestones`
--

LOCK TABLES `milestones` WRITE;
/*!40000 ALTER TABLE `milestones` DISABLE KEYS */;
INSERT INTO `milestones` VALUES
(1,1,'Data model and mock-ups',120000,'2025-01-20','2025-01-21 10:00:00'),
(2,1,'Final dashboard',120000,'2025-01-31','2025-01-31 23:58:00'),
(3,3,'Prototype',100000,'2025-01-25','2025-01-24 16:00:00'),
(4,3,'Production script',140000,'2025-02-10','2025-02-01 00:03:00'),
(5,5,'Wireframes',50000,'2024-12-15','2024-12-14 12:00:00'),
(6,5,'Launch-ready page',100000,'2024-12-31','2025-01-06 09:30:00'),
(7,6,'All 10 articles',55000,'2025-02-05','2025-02-04 18:20:00'),
(8,9,'Crawl report',20000,'2025-02-10','2025-02-10 11:00:00'),
(9,9,'Recommendations',25000,'2025-02-28','2025-02-28 23:45:00'),
(10,10,'First 20 descriptions',30000,'2025-03-20',NULL),
(11,13,'Audit and plan',140000,'2025-03-20','2025-03-24 08:00:00'),
(12,13,'Hardening rollout',200000,'2025-04-15',NULL),
(13,14,'New design system',95000,'2025-03-31','2025-03-31 23:59:00'),
(14,14,'Site build',100000,'2025-04-30',NULL);
/*!40000 ALTER TABLE `milestones` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `proposals`
--

DROP TABLE IF EXISTS `proposals`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `proposals` (
  `proposal_id` int(11) NOT NULL AUTO_INCREMENT,
  `job_id` int(11) NOT NULL,
  `freelancer_id` int(11) NOT NULL,
  `bid_cents` int(10) unsigned NOT NULL COMMENT 'proposed price for the whole job, in US cents',
  `submitted_at` datetime NOT NULL,
  `status` enum('pending','accepted','rejected','withdrawn') NOT NULL DEFAULT 'pending',
  PRIMARY KEY (`proposal_id`),
  UNIQUE KEY `uq_proposals_job_freelancer` (`job_id`,`freelancer_id`),
  KEY `idx_proposals_freelancer` (`freelancer_id`),
  CONSTRAINT `fk_proposals_freelancer` FOREIGN KEY (`freelancer_id`) REFERENCES `freelancers` (`freelancer_id`),
  CONSTRAINT `fk_proposals_job` FOREIGN KEY (`job_id`) REFERENCES `jobs` (`job_id`)
) ENGINE=InnoDB AUTO_INCREMENT=26 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `proposals`
--

LOCK TABLES `proposals` WRITE;
/*!40000 ALTER TABLE `proposals` DISABLE KEYS */;
INSERT INTO `proposals` VALUES
(1,1,10,240000,'2025-01-07 10:05:00','accepted'),
(2,1,7,260000,'2025-01-07 12:30:00','rejected'),
(3,2,7,580000,'2025-02-04 09:00:00','accepted'),
(4,2,2,450000,'2025-02-04 11:15:00','rejected'),
(5,2,11,400000,'2025-02-05 08:40:00','rejected'),
(6,2,4,560000,'2025-02-05 19:10:00','withdrawn'),
(7,3,4,240000,'2025-01-13 09:20:00','accepted'),
(8,3,2,150000,'2025-01-13 17:45:00','rejected'),
(9,5,3,150000,'2024-12-03 10:00:00','accepted'),
(10,5,1,120000,'2024-12-04 15:30:00','rejected'),
(11,6,5,55000,'2025-01-21 08:10:00','accepted'),
(12,6,6,58000,'2025-01-21 13:00:00','rejected'),
(13,7,1,880000,'2025-02-16 10:00:00','accepted'),
(14,7,8,900000,'2025-02-16 22:15:00','rejected'),
(15,9,9,45000,'2025-02-02 07:50:00','accepted'),
(16,9,5,48000,'2025-02-02 09:05:00','rejected'),
(17,10,6,30000,'2025-03-11 14:00:00','accepted'),
(18,11,5,75000,'2025-03-29 10:30:00','pending'),
(19,11,9,60000,'2025-03-30 16:00:00','pending'),
(20,12,7,1150000,'2024-11-19 09:30:00','accepted'),
(21,12,4,1000000,'2024-11-20 11:00:00','rejected'),
(22,13,8,340000,'2025-03-04 08:00:00','accepted'),
(23,14,1,195000,'2025-03-16 12:00:00','accepted'),
(24,15,6,24000,'2025-04-11 09:00:00','pending'),
(25,16,11,110000,'2025-04-13 10:00:00','rejected');
/*!40000 ALTER TABLE `proposals` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `reviews`
--

DROP TABLE IF EXISTS `reviews`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `reviews` (
  `review_id` int(11) NOT NULL AUTO_INCREMENT,
  `job_id` int(11) NOT NULL,
  `direction` enum('client_to_freelancer','freelancer_to_client') NOT NULL COMMENT 'who reviewed whom',
  `rating` tinyint(3) unsigned NOT NULL COMMENT '1 (worst) to 5 (best)',
  `comment` varchar(200) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`review_id`),
  UNIQUE KEY `uq_reviews_job_direction` (`job_id`,`direction`),
  CONSTRAINT `fk_reviews_job` FOREIGN KEY (`job_id`) REFERENCES `jobs` (`job_id`),
  CONSTRAINT `chk_reviews_rating` CHECK (`rating` between 1 and 5)
) ENGINE=InnoDB AUTO_INCREMENT=13 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `reviews`
--

LOCK TABLES `reviews` WRITE;
/*!40000 ALTER TABLE `reviews` DISABLE KEYS */;
INSERT INTO `reviews` VALUES
(1,1,'client_to_freelancer',5,'Great dashboard, delivered on time','2025-02-02 09:00:00'),
(2,1,'freelancer_to_client',4,'Clear requirements','2025-02-02 18:30:00'),
(3,3,'client_to_freelancer',4,'Solid work','2025-02-03 10:00:00'),
(4,3,'freelancer_to_client',5,'Paid early, great client','2025-02-03 12:00:00'),
(5,5,'client_to_freelancer',5,'Beautiful page','2025-01-08 11:00:00'),
(6,5,'freelancer_to_client',3,'Slow to pay the final milestone','2025-01-09 08:00:00'),
(7,6,'client_to_freelancer',3,'Needed many edits','2025-02-06 14:00:00'),
(8,6,'freelancer_to_client',5,'Friendly and responsive','2025-02-06 20:00:00'),
(9,9,'client_to_freelancer',2,'Missed the first deadline','2025-03-02 09:30:00'),
(10,12,'client_to_freelancer',5,'Outstanding model','2025-01-05 10:00:00'),
(11,12,'freelancer_to_client',4,NULL,'2025-01-06 10:00:00'),
(12,10,'freelancer_to_client',1,'Cancelled after work had started','2025-03-25 17:00:00');
/*!40000 ALTER TABLE `reviews` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `time_entries`
--

DROP TABLE IF EXISTS `time_entries`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `time_entries` (
  `entry_id` int(11) NOT NULL AUTO_INCREMENT,
  `job_id` int(11) NOT NULL COMMENT 'hourly job the time was logged against, by its hired freelancer',
  `work_date` date NOT NULL,
  `minutes` smallint(5) unsigned NOT NULL,
  `note` varchar(120) DEFAULT NULL,
  PRIMARY KEY (`entry_id`),
  KEY `idx_time_entries_job` (`job_id`),
  CONSTRAINT `fk_time_entries_job` FOREIGN KEY (`job_id`) REFERENCES `jobs` (`job_id`)
) ENGINE=InnoDB AUTO_INCREMENT=18 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `time_entries`
--

LOCK TABLES `time_entries` WRITE;
/*!40000 ALTER TABLE `time_entries` DISABLE KEYS */;
INSERT INTO `time_entries` VALUES
(1,12,'2024-11-25',480,'Data exploration'),
(2,12,'2024-11-26',420,'Feature engineering'),
(3,12,'2024-12-02',510,'Model training'),
(4,12,'2024-12-03',390,'Evaluation'),
(5,2,'2025-02-10',240,'Source analysis'),
(6,2,'2025-02-11',300,'Extract jobs'),
(7,2,'2025-02-17',450,'Load jobs'),
(8,2,'2025-03-03',135,'Bug fixing'),
(9,2,'2025-03-04',45,NULL),
(10,7,'2025-02-20',360,'Project setup'),
(11,7,'2025-02-21',400,'Login flow'),
(12,7,'2025-03-05',200,'Appointments page'),
(13,7,'2025-03-06',95,'Code review fixes'),
(14,7,'2025-03-31',500,'Messaging'),
(15,7,'2025-04-01',30,'Stand-up'),
(16,2,'2025-04-01',200,'Scheduling'),
(17,12,'2024-12-31',60,'Handover call');
/*!40000 ALTER TABLE `time_entries` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-12-07 14:05:13
