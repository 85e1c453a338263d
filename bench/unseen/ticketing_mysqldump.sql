/*M!999999\- enable the sandbox mode */ 
-- MariaDB dump 10.19  Distrib 10.11.18-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: localhost    Database: ticketing
-- ------------------------------------------------------
-- Server version	10.11.18-MariaDB-0+deb12u1

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
-- Table structure for table `customers`
--

DROP TABLE IF EXISTS `customers`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `customers` (
  `customer_id` int(11) NOT NULL AUTO_INCREMENT,
  `full_name` varchar(120) NOT NULL,
  `email` varchar(160) NOT NULL,
  `country` char(2) NOT NULL COMMENT 'ISO 3166-1 alpha-2',
  `signed_up` date NOT NULL,
  PRIMARY KEY (`customer_id`),
  UNIQUE KEY `uq_customers_email` (`email`)
) ENGINE=InnoDB AUTO_INCREMENT=11 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `customers`
--

LOCK TABLES `customers` WRITE;
/*!40000 ALTER TABLE `customers` DISABLE KEYS */;
INSERT INTO `customers` VALUES
(1,'Lena Vogel','lena.vogel@example.de','DE','2023-11-02'),
(2,'Pieter de Jong','pieter@example.nl','NL','2024-02-17'),
(3,'Camille Martin','camille.m@example.fr','FR','2024-05-30'),
(4,'Jonas Weber','jweber@example.de','DE','2024-09-12'),
(5,'Sanne Bakker','sanne.b@example.nl','NL','2025-01-08'),
(6,'Hugo Bernard','hugo@example.fr','FR','2025-03-21'),
(7,'Mia Schulz','mia.schulz@example.de','DE','2025-04-04'),
(8,'Tom Visser','tom.visser@example.nl','NL','2025-05-15'),
(9,'Ines Laurent','ines.l@example.fr','FR','2023-06-19'),
(10,'Oskar Brandt','oskar@example.de','DE','2025-06-01');
/*!40000 ALTER TABLE `customers` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `events`
--

DROP TABLE IF EXISTS `events`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `events` (
  `event_id` int(11) NOT NULL AUTO_INCREMENT,
  `venue_id` int(11) NOT NULL,
  `title` varchar(150) NOT NULL,
  `category` enum('concert','theatre','comedy','sports') NOT NULL,
  `starts_at` datetime NOT NULL,
  `base_price` decimal(8,2) NOT NULL,
  PRIMARY KEY (`event_id`),
  KEY `idx_events_venue` (`venue_id`),
  CONSTRAINT `fk_events_venue` FOREIGN KEY (`venue_id`) REFERENCES `venues` (`venue_id`)
) ENGINE=InnoDB AUTO_INCREMENT=14 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `events`
--

LOCK TABLES `events` WRITE;
/*!40000 ALTER TABLE `events` DISABLE KEYS */;
INSERT INTO `events` VALUES
(1,1,'Northern Lights Tour','concert','2025-06-14 20:00:00',59.00),
(2,2,'Hamlet','theatre','2025-06-20 19:30:00',35.00),
(3,3,'Jazz Night','concert','2025-07-03 21:00:00',28.50),
(4,4,'Stand-up Saturday','comedy','2025-07-05 20:30:00',18.00),
(5,5,'Lyon vs Nantes','sports','2025-07-12 18:00:00',45.00),
(6,6,'Synth Revival','concert','2025-07-19 22:00:00',32.00),
(7,2,'The Seagull','theatre','2025-08-02 19:30:00',38.00),
(8,4,'Open Mic','comedy','2025-08-09 20:00:00',8.00),
(9,1,'Brass Explosion','concert','2025-08-23 20:00:00',49.00),
(10,5,'Cup Final','sports','2025-09-06 17:00:00',80.00),
(11,3,'Songwriters Circle','concert','2025-09-13 20:30:00',22.00),
(12,6,'Late Laughs','comedy','2025-09-20 23:00:00',15.00),
(13,2,'Winter Poetry Slam','theatre','2025-10-04 19:00:00',12.00);
/*!40000 ALTER TABLE `events` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `orders`
--

DROP TABLE IF EXISTS `orders`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `orders` (
  `order_id` int(11) NOT NULL AUTO_INCREMENT,
  `customer_id` int(11) NOT NULL,
  `placed_at` datetime NOT NULL,
  `status` enum('paid','refunded','pending') NOT NULL DEFAULT 'pending',
  `promo_code` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`order_id`),
  KEY `idx_orders_customer` (`customer_id`),
  CONSTRAINT `fk_orders_customer` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`customer_id`)
) ENGINE=InnoDB AUTO_INCREMENT=16 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `orders`
--

LOCK TABLES `orders` WRITE;
/*!40000 ALTER TABLE `orders` DISABLE KEYS */;
INSERT INTO `orders` VALUES
(1,1,'2025-05-02 10:15:00','paid',NULL),
(2,2,'2025-05-10 18:40:00','paid','SPRING10'),
(3,3,'2025-05-17 09:05:00','paid',NULL),
(4,1,'2025-05-24 21:30:00','refunded',NULL),
(5,4,'2025-06-01 12:00:00','paid','SPRING10'),
(6,5,'2025-06-07 16:20:00','paid',NULL),
(7,6,'2025-06-11 08:45:00','pending',NULL),
(8,3,'2025-06-15 14:10:00','paid','FRIENDS'),
(9,7,'2025-06-28 19:55:00','paid',NULL),
(10,2,'2025-07-06 11:30:00','refunded',NULL),
(11,8,'2025-07-09 20:05:00','paid',NULL),
(12,4,'2025-07-20 10:00:00','paid','FRIENDS'),
(13,9,'2025-08-01 15:45:00','paid',NULL),
(14,5,'2025-08-16 13:25:00','pending',NULL),
(15,7,'2025-08-30 17:00:00','paid','LASTCALL');
/*!40000 ALTER TABLE `orders` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `tickets`
--

DROP TABLE IF EXISTS `tickets`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tickets` (
  `ticket_id` int(11) NOT NULL AUTO_INCREMENT,
  `order_id` int(11) NOT NULL,
  `event_id` int(11) NOT NULL,
  `seat` varchar(8) DEFAULT NULL COMMENT 'NULL for standing tickets',
  `price` decimal(8,2) NOT NULL,
  `scanned_at` datetime DEFAULT NULL COMMENT 'NULL until scanned at the door',
  PRIMARY KEY (`ticket_id`),
  KEY `idx_tickets_order` (`order_id`),
  KEY `idx_tickets_event` (`event_id`),
  CONSTRAINT `fk_tickets_event` FOREIGN KEY (`event_id`) REFERENCES `events` (`event_id`),
  CONSTRAINT `fk_tickets_order` FOREIGN KEY (`order_id`) REFERENCES `orders` (`order_id`)
) ENGINE=InnoDB AUTO_INCREMENT=27 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `tickets`
--

LOCK TABLES `tickets` WRITE;
/*!40000 ALTER TABLE `tickets` DISABLE KEYS */;
INSERT INTO `tickets` VALUES
(1,1,1,'A12',59.00,'2025-06-14 19:22:00'),
(2,1,1,'A13',59.00,'2025-06-14 19:23:00'),
(3,2,3,NULL,25.65,'2025-07-03 20:41:00'),
(4,2,3,NULL,25.65,NULL),
(5,3,2,'C4',35.00,'2025-06-20 19:02:00'),
(6,4,5,'N101',45.00,NULL),
(7,5,4,NULL,16.20,'2025-07-05 20:10:00'),
(8,5,4,NULL,16.20,'2025-07-05 20:11:00'),
(9,6,1,'B2',59.00,'2025-06-14 19:50:00'),
(10,6,6,NULL,32.00,'2025-07-19 21:15:00'),
(11,7,7,'D7',38.00,NULL),
(12,8,5,'S220',45.00,'2025-07-12 17:05:00'),
(13,8,5,'S221',45.00,'2025-07-12 17:06:00'),
(14,8,5,'S222',45.00,NULL),
(15,9,6,NULL,32.00,'2025-07-19 22:30:00'),
(16,9,9,'F1',49.00,'2025-08-23 19:40:00'),
(17,10,6,NULL,32.00,NULL),
(18,11,7,'A1',38.00,'2025-08-02 19:00:00'),
(19,11,8,NULL,8.00,'2025-08-09 19:58:00'),
(20,12,9,'G5',44.10,'2025-08-23 19:51:00'),
(21,12,10,'W12',72.00,'2025-09-06 16:10:00'),
(22,13,10,'E30',80.00,'2025-09-06 16:45:00'),
(23,13,11,NULL,22.00,NULL),
(24,14,12,NULL,15.00,NULL),
(25,15,11,NULL,19.80,'2025-09-13 20:02:00'),
(26,15,12,NULL,13.50,'2025-09-20 22:40:00');
/*!40000 ALTER TABLE `tickets` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `venues`
--

DROP TABLE IF EXISTS `venues`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `venues` (
  `venue_id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `city` varchar(60) NOT NULL,
  `capacity` int(11) NOT NULL COMMENT 'seats, standing places included',
  PRIMARY KEY (`venue_id`)
) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `venues`
--

LOCK TABLES `venues` WRITE;
/*!40000 ALTER TABLE `venues` DISABLE KEYS */;
INSERT INTO `venues` VALUES
(1,'Columbia Hall','Berlin',3500),
(2,'Kleines Theater','Berlin',220),
(3,'Paradiso','Amsterdam',1500),
(4,'Comedy Cellar Lyon','Lyon',120),
(5,'Stade Municipal','Lyon',18000),
(6,'Boom Box','Amsterdam',600);
/*!40000 ALTER TABLE `venues` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-12-04 22:30:57
