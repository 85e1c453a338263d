/*M!999999\- enable the sandbox mode */ 
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: localhost    Database: harbor_light
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
-- Table structure for table `batches`
--

DROP TABLE IF EXISTS `batches`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `batches` (
  `batch_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `batch_code` varchar(12) NOT NULL,
  `beer_id` int(10) unsigned NOT NULL,
  `fermenter_id` int(10) unsigned NOT NULL,
  `brite_tank_id` int(10) unsigned DEFAULT NULL,
  `brew_date` date NOT NULL COMMENT 'scheduled date while the batch is planned',
  `status` enum('planned','fermenting','conditioning','packaged','dumped') NOT NULL DEFAULT 'planned',
  `volume_l` decimal(7,1) NOT NULL COMMENT 'wort volume knocked out to the fermenter',
  `original_gravity` decimal(4,3) DEFAULT NULL COMMENT 'NULL until measured',
  `final_gravity` decimal(4,3) DEFAULT NULL COMMENT 'NULL until measured',
  `transferred_at` datetime DEFAULT NULL COMMENT 'moved from the fermenter to the brite tank',
  `dumped_at` datetime DEFAULT NULL,
  `notes` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`batch_id`),
  UNIQUE KEY `uq_batches_code` (`batch_code`),
  KEY `idx_batches_beer` (`beer_id`),
  KEY `fk_batches_fermenter` (`fermenter_id`),
  KEY `fk_batches_brite` (`brite_tank_id`),
  CONSTRAINT `fk_batches_beer` FOREIGN KEY (`beer_id`) REFERENCES `beers` (`beer_id`),
  CONSTRAINT `fk_batches_brite` FOREIGN KEY (`brite_tank_id`) REFERENCES `tanks` (`tank_id`),
  CONSTRAINT `fk_batches_fermenter` FOREIGN KEY (`fermenter_id`) REFERENCES `tanks` (`tank_id`),
  CONSTRAINT `chk_batches_volume` CHECK (`volume_l` > 0),
  CONSTRAINT `chk_batches_dumped` CHECK (`status` = 'dumped' = (`dumped_at` is not null)),
  CONSTRAINT `chk_batches_gravity` CHECK (`final_gravity` is null or `original_gravity` is null or `final_gravity` < `original_gravity`)
) ENGINE=InnoDB AUTO_INCREMENT=26 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `batches`
--

LOCK TABLES `batches` WRITE;
/*!40000 ALTER TABLE `batches` DISABLE KEYS */;
INSERT INTO `batches` VALUES
(1,'B24-001',1,3,8,'2024-01-08','packaged',2800.0,1.048,1.010,'2024-02-05 09:00:00',NULL,NULL),
(2,'B24-002',3,1,7,'2024-01-15','packaged',1900.0,1.062,1.012,'2024-01-29 10:00:00',NULL,NULL),
(3,'B24-003',6,2,7,'2024-01-22','packaged',1800.0,1.056,1.014,'2024-02-08 14:00:00',NULL,NULL),
(4,'B24-004',9,4,8,'2024-02-05','packaged',2900.0,1.046,1.011,'2024-02-19 15:00:00',NULL,NULL),
(5,'B24-005',3,3,9,'2024-02-12','packaged',1500.0,1.060,1.012,'2024-02-26 09:30:00',NULL,'Half batch'),
(6,'B24-006',5,1,7,'2024-02-29','packaged',1800.0,1.080,1.016,'2024-03-18 10:00:00',NULL,NULL),
(7,'B24-007',7,2,NULL,'2024-03-01','dumped',1800.0,1.062,NULL,NULL,'2024-03-09 16:00:00','Lactobacillus infection'),
(8,'B24-008',2,4,8,'2024-03-04','packaged',2900.0,1.050,1.010,'2024-04-01 08:00:00',NULL,NULL),
(9,'B24-009',11,2,10,'2024-03-11','packaged',1900.0,1.052,1.011,'2024-03-25 13:00:00',NULL,NULL),
(10,'B24-010',4,3,7,'2024-03-18','packaged',2000.0,1.064,1.015,'2024-04-04 10:00:00',NULL,NULL),
(11,'B24-011',1,2,9,'2024-03-31','packaged',1500.0,1.048,1.009,'2024-04-28 09:00:00',NULL,'Extended lagering'),
(12,'B24-012',10,4,8,'2024-04-01','packaged',2800.0,1.046,1.010,'2024-04-15 11:00:00',NULL,NULL),
(13,'B24-013',3,1,10,'2024-04-08','packaged',1900.0,1.063,1.012,'2024-04-22 10:00:00',NULL,NULL),
(14,'B24-014',14,3,NULL,'2024-04-15','dumped',2500.0,1.054,NULL,NULL,'2024-04-20 11:00:00','Failed micro check'),
(15,'B24-015',6,1,7,'2024-04-22','packaged',1800.0,1.057,1.013,'2024-05-08 09:00:00',NULL,NULL),
(16,'B24-016',9,4,8,'2024-04-29','packaged',2900.0,1.047,1.011,'2024-05-13 10:00:00',NULL,NULL),
(17,'B24-017',5,3,10,'2024-05-06','conditioning',1800.0,1.080,1.017,'2024-05-24 10:00:00',NULL,NULL),
(18,'B24-018',1,4,8,'2024-05-13','packaged',2800.0,1.049,1.010,'2024-06-01 07:30:00',NULL,NULL),
(19,'B24-019',3,1,7,'2024-05-20','conditioning',1500.0,1.061,NULL,'2024-05-31 23:45:00',NULL,'Transferred on night shift'),
(20,'B24-020',11,2,NULL,'2024-05-27','fermenting',1900.0,1.053,1.010,NULL,NULL,NULL),
(21,'B24-021',7,1,NULL,'2024-06-01','fermenting',1800.0,1.064,NULL,NULL,NULL,NULL),
(22,'B24-022',4,5,NULL,'2024-05-30','dumped',950.0,1.066,NULL,NULL,'2024-06-03 12:00:00','Stuck fermentation, off-flavours'),
(23,'B24-023',2,3,NULL,'2024-06-10','fermenting',2900.0,1.050,NULL,NULL,NULL,NULL),
(24,'B24-024',15,5,NULL,'2024-06-17','planned',950.0,NULL,NULL,NULL,NULL,'Pilot brew'),
(25,'B24-025',4,4,NULL,'2024-06-24','planned',2800.0,NULL,NULL,NULL,NULL,NULL);
/*!40000 ALTER TABLE `batches` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `beers`
--

DROP TABLE IF EXISTS `beers`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `beers` (
  `beer_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `style` varchar(50) NOT NULL,
  `target_abv` decimal(4,2) NOT NULL COMMENT 'percent alcohol by volume',
  `ibu` smallint(5) unsigned DEFAULT NULL,
  `base_beer_id` int(10) unsigned DEFAULT NULL COMMENT 'set when this beer is a variant of another beer',
  `is_active` tinyint(1) NOT NULL DEFAULT 1,
  `launched_on` date DEFAULT NULL,
  PRIMARY KEY (`beer_id`),
  UNIQUE KEY `uq_beers_name` (`name`),
  KEY `fk_beers_base` (`base_beer_id`),
  CONSTRAINT `fk_beers_base` FOREIGN KEY (`base_beer_id`) REFERENCES `beers` (`beer_id`),
  CONSTRAINT `chk_beers_abv` CHECK (`target_abv` between 0 and 20)
) ENGINE=InnoDB AUTO_INCREMENT=16 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `beers`
--

LOCK TABLES `beers` WRITE;
/*!40000 ALTER TABLE `beers` DISABLE KEYS */;
INSERT INTO `beers` VALUES
(1,'Harbor Lager','Lager',4.80,20,NULL,1,'2019-05-01'),
(2,'Dockside Pils','Lager',5.20,35,NULL,1,'2020-03-15'),
(3,'Hop Harbor IPA','IPA',6.50,60,NULL,1,'2019-05-01'),
(4,'Hazy Harbor IPA','IPA',6.80,35,3,1,'2021-06-01'),
(5,'Double Harbor IPA','IPA',8.40,80,3,1,'2022-02-01'),
(6,'Lighthouse Stout','Stout',5.60,40,NULL,1,'2019-10-01'),
(7,'Milk Lighthouse Stout','Stout',6.00,30,6,1,'2022-11-01'),
(8,'Imperial Lighthouse Stout','Stout',9.50,NULL,6,0,'2020-12-01'),
(9,'Summer Wheat','Wheat',4.60,15,NULL,1,'2020-06-01'),
(10,'Orange Wheat','Wheat',4.60,15,9,1,'2023-05-01'),
(11,'Breakwater Pale','Pale Ale',5.40,38,NULL,1,'2021-03-01'),
(12,'Salt Marsh Gose','Sour',4.20,10,NULL,1,NULL),
(13,'Old Pier Porter','Porter',5.80,32,NULL,0,'2019-10-01'),
(14,'Festbier','Lager',5.20,24,1,1,'2023-09-01'),
(15,'Session Harbor IPA','IPA',4.50,40,3,1,NULL);
/*!40000 ALTER TABLE `beers` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `gravity_readings`
--

DROP TABLE IF EXISTS `gravity_readings`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gravity_readings` (
  `reading_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `batch_id` int(10) unsigned NOT NULL,
  `taken_at` datetime NOT NULL,
  `gravity` decimal(4,3) NOT NULL COMMENT 'specific gravity',
  `temperature_c` decimal(4,1) NOT NULL,
  PRIMARY KEY (`reading_id`),
  UNIQUE KEY `uq_readings_batch_time` (`batch_id`,`taken_at`),
  CONSTRAINT `fk_readings_batch` FOREIGN KEY (`batch_id`) REFERENCES `batches` (`batch_id`)
) ENGINE=InnoDB AUTO_INCREMENT=41 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `gravity_readings`
--

LOCK TABLES `gravity_readings` WRITE;
/*!40000 ALTER TABLE `gravity_readings` DISABLE KEYS */;
INSERT INTO `gravity_readings` VALUES
(1,1,'2024-01-09 10:00:00',1.046,11.0),
(2,1,'2024-01-14 10:00:00',1.030,11.5),
(3,2,'2024-01-16 09:00:00',1.058,19.0),
(4,2,'2024-01-20 09:00:00',1.030,20.0),
(5,1,'2024-01-22 10:00:00',1.014,12.0),
(6,3,'2024-01-23 09:30:00',1.052,19.0),
(7,2,'2024-01-25 09:00:00',1.012,21.0),
(8,3,'2024-01-28 09:30:00',1.028,19.5),
(9,1,'2024-02-01 10:00:00',1.010,2.0),
(10,3,'2024-02-04 09:30:00',1.014,20.0),
(11,5,'2024-02-13 08:45:00',1.057,20.0),
(12,5,'2024-02-16 08:45:00',1.035,21.0),
(13,5,'2024-02-20 08:45:00',1.016,22.0),
(14,5,'2024-02-24 08:45:00',1.012,21.5),
(15,10,'2024-03-19 09:00:00',1.061,20.5),
(16,10,'2024-03-24 09:00:00',1.030,21.5),
(17,10,'2024-03-31 09:00:00',1.015,22.0),
(18,11,'2024-04-01 09:00:00',1.047,10.0),
(19,11,'2024-04-08 09:00:00',1.032,10.5),
(20,11,'2024-04-20 09:00:00',1.012,11.0),
(21,11,'2024-04-26 09:00:00',1.009,2.0),
(22,17,'2024-05-07 10:00:00',1.077,19.0),
(23,17,'2024-05-10 10:00:00',1.050,20.0),
(24,18,'2024-05-14 08:30:00',1.047,10.0),
(25,17,'2024-05-15 10:00:00',1.025,21.5),
(26,17,'2024-05-19 10:00:00',1.017,22.0),
(27,18,'2024-05-20 08:30:00',1.031,10.5),
(28,19,'2024-05-21 09:00:00',1.058,20.0),
(29,17,'2024-05-22 10:00:00',1.017,2.0),
(30,19,'2024-05-24 09:00:00',1.035,20.5),
(31,18,'2024-05-28 08:30:00',1.013,11.5),
(32,19,'2024-05-28 09:00:00',1.018,21.0),
(33,20,'2024-05-28 09:00:00',1.050,18.5),
(34,22,'2024-05-31 09:00:00',1.064,22.5),
(35,20,'2024-06-02 09:00:00',1.024,19.0),
(36,22,'2024-06-02 09:00:00',1.060,24.5),
(37,21,'2024-06-02 10:00:00',1.061,19.0),
(38,21,'2024-06-06 10:00:00',1.040,20.0),
(39,20,'2024-06-07 09:00:00',1.010,19.5),
(40,23,'2024-06-11 09:00:00',1.049,10.0);
/*!40000 ALTER TABLE `gravity_readings` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `ingredients`
--

DROP TABLE IF EXISTS `ingredients`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ingredients` (
  `ingredient_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `type` enum('malt','hops','yeast','adjunct') NOT NULL,
  `supplier_id` int(10) unsigned DEFAULT NULL COMMENT 'NULL = bought locally, no contracted supplier',
  `cost_per_kg` decimal(8,2) NOT NULL,
  `alpha_acid_pct` decimal(4,1) DEFAULT NULL COMMENT 'hops only',
  PRIMARY KEY (`ingredient_id`),
  UNIQUE KEY `uq_ingredients_name_supplier` (`name`,`supplier_id`),
  KEY `fk_ingredients_supplier` (`supplier_id`),
  CONSTRAINT `fk_ingredients_supplier` FOREIGN KEY (`supplier_id`) REFERENCES `suppliers` (`supplier_id`),
  CONSTRAINT `chk_ingredients_cost` CHECK (`cost_per_kg` >= 0)
) ENGINE=InnoDB AUTO_INCREMENT=21 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `ingredients`
--

LOCK TABLES `ingredients` WRITE;
/*!40000 ALTER TABLE `ingredients` DISABLE KEYS */;
INSERT INTO `ingredients` VALUES
(1,'Pilsner Malt','malt',1,1.10,NULL),
(2,'Munich Malt','malt',1,1.25,NULL),
(3,'Maris Otter','malt',4,1.40,NULL),
(4,'Crystal 60','malt',4,1.60,NULL),
(5,'Chocolate Malt','malt',1,1.95,NULL),
(6,'Flaked Oats','adjunct',NULL,0.90,NULL),
(7,'Cascade','hops',3,14.50,6.5),
(8,'Cascade','hops',6,13.80,5.8),
(9,'Citra','hops',3,28.00,12.5),
(10,'Mosaic','hops',3,26.50,11.8),
(11,'Hallertau Mittelfrueh','hops',2,18.00,4.0),
(12,'Saaz','hops',2,17.00,3.5),
(13,'Magnum','hops',6,12.00,13.0),
(14,'SafAle US-05','yeast',7,95.00,NULL),
(15,'SafLager W-34/70','yeast',7,110.00,NULL),
(16,'Verdant IPA','yeast',5,120.00,NULL),
(17,'Lactose','adjunct',NULL,3.20,NULL),
(18,'Sweet Orange Peel','adjunct',NULL,9.50,NULL),
(19,'Wheat Malt','malt',1,1.30,NULL),
(20,'East Kent Goldings','hops',2,19.50,5.5);
/*!40000 ALTER TABLE `ingredients` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `packaging_runs`
--

DROP TABLE IF EXISTS `packaging_runs`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `packaging_runs` (
  `run_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `batch_id` int(10) unsigned NOT NULL,
  `packaged_at` datetime NOT NULL,
  `format` enum('keg','can','bottle') NOT NULL,
  `units` int(10) unsigned NOT NULL,
  `litres` decimal(7,1) NOT NULL,
  PRIMARY KEY (`run_id`),
  KEY `idx_runs_batch` (`batch_id`),
  CONSTRAINT `fk_runs_batch` FOREIGN KEY (`batch_id`) REFERENCES `batches` (`batch_id`),
  CONSTRAINT `chk_runs_units` CHECK (`units` > 0),
  CONSTRAINT `chk_runs_litres` CHECK (`litres` > 0)
) ENGINE=InnoDB AUTO_INCREMENT=28 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='keg = 50 L, can = 440 ml, bottle = 330 ml';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `packaging_runs`
--

LOCK TABLES `packaging_runs` WRITE;
/*!40000 ALTER TABLE `packaging_runs` DISABLE KEYS */;
INSERT INTO `packaging_runs` VALUES
(1,2,'2024-02-05 09:00:00','can',4000,1760.0),
(2,1,'2024-02-19 08:00:00','keg',24,1200.0),
(3,1,'2024-02-19 13:00:00','can',3300,1452.0),
(4,3,'2024-02-20 09:00:00','keg',18,900.0),
(5,3,'2024-02-21 10:00:00','bottle',2500,825.0),
(6,4,'2024-03-01 08:00:00','keg',30,1500.0),
(7,4,'2024-03-01 13:30:00','can',3000,1320.0),
(8,5,'2024-03-07 09:00:00','can',3200,1408.0),
(9,6,'2024-04-02 09:00:00','can',2500,1100.0),
(10,6,'2024-04-03 08:30:00','keg',12,600.0),
(11,9,'2024-04-04 09:00:00','keg',20,1000.0),
(12,9,'2024-04-05 10:00:00','bottle',2500,825.0),
(13,8,'2024-04-12 08:00:00','keg',40,2000.0),
(14,8,'2024-04-12 14:00:00','can',1800,792.0),
(15,12,'2024-04-26 08:00:00','keg',25,1250.0),
(16,10,'2024-04-30 22:00:00','can',3000,1320.0),
(17,10,'2024-05-01 09:00:00','keg',11,550.0),
(18,12,'2024-05-02 09:00:00','can',3300,1452.0),
(19,13,'2024-05-06 09:00:00','can',4100,1804.0),
(20,15,'2024-05-20 08:00:00','keg',17,850.0),
(21,15,'2024-05-21 10:00:00','bottle',2700,891.0),
(22,16,'2024-05-24 08:00:00','can',3900,1716.0),
(23,16,'2024-05-24 14:00:00','keg',22,1100.0),
(24,11,'2024-05-31 23:40:00','can',2000,880.0),
(25,11,'2024-06-01 00:10:00','can',1200,528.0),
(26,18,'2024-06-10 08:00:00','keg',26,1300.0),
(27,18,'2024-06-11 09:00:00','can',3100,1364.0);
/*!40000 ALTER TABLE `packaging_runs` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `quality_checks`
--

DROP TABLE IF EXISTS `quality_checks`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `quality_checks` (
  `check_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `batch_id` int(10) unsigned NOT NULL,
  `check_type` enum('sensory','micro','abv','dissolved_oxygen') NOT NULL,
  `checked_at` datetime NOT NULL,
  `passed` tinyint(1) NOT NULL COMMENT '1 = pass, 0 = fail',
  `measured_value` decimal(6,3) DEFAULT NULL,
  `checked_by` varchar(60) NOT NULL,
  `notes` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`check_id`),
  KEY `idx_checks_batch` (`batch_id`),
  CONSTRAINT `fk_checks_batch` FOREIGN KEY (`batch_id`) REFERENCES `batches` (`batch_id`)
) ENGINE=InnoDB AUTO_INCREMENT=23 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `quality_checks`
--

LOCK TABLES `quality_checks` WRITE;
/*!40000 ALTER TABLE `quality_checks` DISABLE KEYS */;
INSERT INTO `quality_checks` VALUES
(1,2,'sensory','2024-02-02 14:00:00',1,NULL,'Dana Whitfield',NULL),
(2,2,'abv','2024-02-02 15:00:00',1,6.550,'Marco Ruiz',NULL),
(3,3,'micro','2024-02-10 11:00:00',0,NULL,'Marco Ruiz','Wild yeast on plate'),
(4,3,'micro','2024-02-14 11:00:00',1,NULL,'Marco Ruiz','Re-plated, clean'),
(5,1,'sensory','2024-02-16 14:00:00',1,NULL,'Dana Whitfield',NULL),
(6,1,'dissolved_oxygen','2024-02-19 09:30:00',1,0.040,'Marco Ruiz',NULL),
(7,5,'dissolved_oxygen','2024-03-05 10:00:00',0,0.150,'Marco Ruiz','DO too high'),
(8,5,'sensory','2024-03-06 14:00:00',1,NULL,'Dana Whitfield',NULL),
(9,7,'micro','2024-03-08 11:00:00',0,NULL,'Marco Ruiz','Lactobacillus'),
(10,10,'abv','2024-04-05 15:00:00',0,6.100,'Marco Ruiz',NULL),
(11,10,'abv','2024-04-08 15:00:00',0,6.200,'Marco Ruiz','Recalibrate alcolyzer'),
(12,10,'abv','2024-04-10 15:00:00',1,6.430,'Marco Ruiz',NULL),
(13,14,'micro','2024-04-19 11:00:00',0,NULL,'Marco Ruiz','Pediococcus'),
(14,13,'micro','2024-04-20 11:00:00',1,NULL,'Marco Ruiz',NULL),
(15,12,'sensory','2024-04-24 14:00:00',0,NULL,'Dana Whitfield','Slight diacetyl'),
(16,13,'micro','2024-04-25 11:00:00',0,NULL,'Marco Ruiz','Positive on second plate'),
(17,12,'sensory','2024-04-25 14:00:00',1,NULL,'Dana Whitfield',NULL),
(18,16,'sensory','2024-05-22 14:00:00',1,NULL,'Dana Whitfield',NULL),
(19,17,'sensory','2024-06-05 14:00:00',0,NULL,'Dana Whitfield','Astringent'),
(20,18,'sensory','2024-06-07 14:00:00',1,NULL,'Dana Whitfield',NULL),
(21,17,'sensory','2024-06-08 14:00:00',0,NULL,'Dana Whitfield','Still astringent'),
(22,17,'dissolved_oxygen','2024-06-08 15:00:00',1,0.030,'Marco Ruiz',NULL);
/*!40000 ALTER TABLE `quality_checks` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `recipe_ingredients`
--

DROP TABLE IF EXISTS `recipe_ingredients`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `recipe_ingredients` (
  `beer_id` int(10) unsigned NOT NULL,
  `ingredient_id` int(10) unsigned NOT NULL,
  `stage` enum('mash','boil','whirlpool','dry_hop','pitch') NOT NULL,
  `amount_g` int(10) unsigned NOT NULL,
  PRIMARY KEY (`beer_id`,`ingredient_id`,`stage`),
  KEY `fk_recipe_ingredient` (`ingredient_id`),
  CONSTRAINT `fk_recipe_beer` FOREIGN KEY (`beer_id`) REFERENCES `beers` (`beer_id`),
  CONSTRAINT `fk_recipe_ingredient` FOREIGN KEY (`ingredient_id`) REFERENCES `ingredients` (`ingredient_id`),
  CONSTRAINT `chk_recipe_amount` CHECK (`amount_g` > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='quantities for one standard 20 hL brew';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `recipe_ingredients`
--

LOCK TABLES `recipe_ingredients` WRITE;
/*!40000 ALTER TABLE `recipe_ingredients` DISABLE KEYS */;
INSERT INTO `recipe_ingredients` VALUES
(1,1,'mash',380000),
(1,11,'boil',3000),
(1,11,'whirlpool',1500),
(1,15,'pitch',1000),
(2,1,'mash',400000),
(2,12,'boil',4000),
(2,12,'whirlpool',3000),
(2,15,'pitch',1000),
(3,3,'mash',420000),
(3,4,'mash',20000),
(3,7,'boil',2000),
(3,9,'whirlpool',4000),
(3,9,'dry_hop',4000),
(3,14,'pitch',500),
(4,1,'mash',300000),
(4,6,'mash',80000),
(4,9,'whirlpool',3000),
(4,9,'dry_hop',4000),
(4,10,'whirlpool',3000),
(4,10,'dry_hop',4000),
(4,16,'pitch',500),
(5,3,'mash',560000),
(5,7,'boil',3000),
(5,9,'dry_hop',6000),
(5,10,'whirlpool',5000),
(5,14,'pitch',800),
(6,3,'mash',400000),
(6,5,'mash',40000),
(6,11,'boil',1500),
(6,14,'pitch',500),
(7,3,'mash',400000),
(7,5,'mash',40000),
(7,11,'boil',1500),
(7,14,'pitch',500),
(7,17,'boil',50000),
(9,1,'mash',200000),
(9,11,'boil',1200),
(9,14,'pitch',500),
(9,19,'mash',200000),
(10,1,'mash',200000),
(10,11,'boil',1200),
(10,14,'pitch',500),
(10,18,'boil',3000),
(10,19,'mash',200000),
(11,3,'mash',400000),
(11,7,'boil',2500),
(11,7,'dry_hop',3500),
(11,10,'dry_hop',2500),
(11,14,'pitch',500),
(14,1,'mash',350000),
(14,2,'mash',100000),
(14,11,'boil',3000),
(14,15,'pitch',1000),
(15,1,'mash',250000),
(15,7,'dry_hop',4500),
(15,9,'whirlpool',3000),
(15,10,'dry_hop',3000),
(15,14,'pitch',500);
/*!40000 ALTER TABLE `recipe_ingredients` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `suppliers`
--

DROP TABLE IF EXISTS `suppliers`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `suppliers` (
  `supplier_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `country` char(2) NOT NULL COMMENT 'ISO 3166-1 alpha-2 code',
  `contact_email` varchar(120) DEFAULT NULL,
  `is_active` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`supplier_id`),
  UNIQUE KEY `uq_suppliers_name` (`name`)
) ENGINE=InnoDB AUTO_INCREMENT=9 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `suppliers`
--

LOCK TABLES `suppliers` WRITE;
/*!40000 ALTER TABLE `suppliers` DISABLE KEYS */;
INSERT INTO `suppliers` VALUES
(1,'Weyermann Malting','DE','orders@weyermann.example',1),
(2,'BarthHaas','DE','sales@barthhaas.example',1),
(3,'Yakima Chief Hops','US','orders@ychhops.example',1),
(4,'Crisp Malt','GB','sales@crispmalt.example',1),
(5,'Lallemand Brewing','CA',NULL,1),
(6,'Hopsteiner','DE','info@hopsteiner.example',0),
(7,'Fermentis','FR','orders@fermentis.example',1),
(8,'Valley Grain Co','US',NULL,1);
/*!40000 ALTER TABLE `suppliers` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `tanks`
--

DROP TABLE IF EXISTS `tanks`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tanks` (
  `tank_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `code` varchar(10) NOT NULL,
  `kind` enum('fermenter','brite') NOT NULL,
  `capacity_l` int(10) unsigned NOT NULL,
  `is_in_service` tinyint(1) NOT NULL DEFAULT 1,
  `installed_on` date NOT NULL,
  PRIMARY KEY (`tank_id`),
  UNIQUE KEY `uq_tanks_code` (`code`),
  CONSTRAINT `chk_tanks_capacity` CHECK (`capacity_l` > 0)
) ENGINE=InnoDB AUTO_INCREMENT=12 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `tanks`
--

LOCK TABLES `tanks` WRITE;
/*!40000 ALTER TABLE `tanks` DISABLE KEYS */;
INSERT INTO `tanks` VALUES
(1,'FV1','fermenter',2000,1,'2018-04-01'),
(2,'FV2','fermenter',2000,1,'2018-04-01'),
(3,'FV3','fermenter',3000,1,'2020-01-15'),
(4,'FV4','fermenter',3000,1,'2020-01-15'),
(5,'FV5','fermenter',1000,1,'2022-08-01'),
(6,'FV6','fermenter',2000,0,'2016-05-01'),
(7,'BBT1','brite',2000,1,'2018-04-01'),
(8,'BBT2','brite',3000,1,'2020-01-15'),
(9,'BBT3','brite',1500,1,'2021-09-01'),
(10,'BBT4','brite',2000,1,'2022-08-01'),
(11,'BBT5','brite',1000,0,'2016-05-01');
/*!40000 ALTER TABLE `tanks` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-12-07 20:29:05
