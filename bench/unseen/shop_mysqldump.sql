/*M!999999\- enable the sandbox mode */ 
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: localhost    Database: shop
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
-- Table structure for table `customers`
--

DROP TABLE IF EXISTS `customers`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `customers` (
  `customer_id` int(11) NOT NULL AUTO_INCREMENT,
  `full_name` varchar(120) NOT NULL COMMENT 'person or company name',
  `email` varchar(160) NOT NULL,
  `country` char(2) NOT NULL COMMENT 'ISO 3166-1 alpha-2',
  `signup_date` date NOT NULL,
  `is_business` tinyint(1) NOT NULL DEFAULT 0 COMMENT '1 = company account (invoiced with VAT id), 0 = private person',
  PRIMARY KEY (`customer_id`),
  UNIQUE KEY `uq_customers_email` (`email`)
) ENGINE=InnoDB AUTO_INCREMENT=13 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `customers`
--

LOCK TABLES `customers` WRITE;
/*!40000 ALTER TABLE `customers` DISABLE KEYS */;
INSERT INTO `customers` VALUES
(1,'Anna Keller','anna.keller@example.de','DE','2024-03-14',0),
(2,'Bram Janssen','bram@example.nl','NL','2024-06-02',0),
(3,'Chloé Dubois','chloe.dubois@example.fr','FR','2024-11-20',0),
(4,'Keller & Sohn GmbH','orders@keller-sohn.example.de','DE','2023-09-05',1),
(5,'Daniel Moreau','d.moreau@example.fr','FR','2025-01-10',0),
(6,'Eva Lindqvist','eva.l@example.se','SE','2025-02-28',0),
(7,'Nordic Office AB','purchasing@nordicoffice.example.se','SE','2024-08-19',1),
(8,'Felix Braun','felix.braun@example.de','DE','2025-05-03',0),
(9,'Greta Visser','greta@example.nl','NL','2025-07-22',0),
(10,'Hugo Lefèvre','hugo.lefevre@example.fr','FR','2025-09-30',0),
(11,'Bakkerij De Zon BV','info@dezon.example.nl','NL','2025-10-15',1),
(12,'Ida Nowak','ida.nowak@example.pl','PL','2025-12-01',0);
/*!40000 ALTER TABLE `customers` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `order_items`
--

DROP TABLE IF EXISTS `order_items`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `order_items` (
  `order_item_id` int(11) NOT NULL AUTO_INCREMENT,
  `order_id` int(11) NOT NULL,
  `product_id` int(11) NOT NULL,
  `quantity` int(10) unsigned NOT NULL,
  `unit_price_cents` int(10) unsigned NOT NULL COMMENT 'price actually charged per unit, euro cents',
  PRIMARY KEY (`order_item_id`),
  KEY `idx_items_order` (`order_id`),
  KEY `idx_items_product` (`product_id`),
  CONSTRAINT `fk_items_order` FOREIGN KEY (`order_id`) REFERENCES `orders` (`order_id`),
  CONSTRAINT `fk_items_product` FOREIGN KEY (`product_id`) REFERENCES `products` (`product_id`)
) ENGINE=InnoDB AUTO_INCREMENT=36 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `order_items`
--

LOCK TABLES `order_items` WRITE;
/*!40000 ALTER TABLE `order_items` DISABLE KEYS */;
INSERT INTO `order_items` VALUES
(1,1,1,1,8999),
(2,1,6,2,899),
(3,2,3,1,24900),
(4,2,2,1,2999),
(5,3,4,5,14900),
(6,3,2,5,2699),
(7,3,6,12,799),
(8,4,7,1,12999),
(9,5,5,2,3950),
(10,5,2,1,2999),
(11,6,3,1,24900),
(12,6,1,10,8999),
(13,7,4,8,14900),
(14,7,8,4,5499),
(15,8,9,1,6950),
(16,8,8,1,5999),
(17,9,1,1,8499),
(18,9,7,1,12999),
(19,10,3,3,23900),
(20,10,5,3,3950),
(21,11,7,2,12999),
(22,12,2,2,2999),
(23,12,6,3,899),
(24,13,4,3,15900),
(25,14,9,1,6950),
(26,14,5,1,3950),
(27,15,1,6,8499),
(28,15,2,6,2699),
(29,16,4,2,15900),
(30,16,8,2,5999),
(31,17,7,1,11999),
(32,18,3,1,24900),
(33,18,6,1,899),
(34,19,2,1,2999),
(35,20,9,2,6950);
/*!40000 ALTER TABLE `order_items` ENABLE KEYS */;
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
  `warehouse_id` int(11) NOT NULL COMMENT 'warehouse that fulfils the order',
  `placed_at` datetime NOT NULL,
  `status` enum('placed','shipped','delivered','cancelled') NOT NULL DEFAULT 'placed',
  `shipped_at` datetime DEFAULT NULL COMMENT 'NULL until handed to the carrier',
  PRIMARY KEY (`order_id`),
  KEY `idx_orders_customer` (`customer_id`),
  KEY `idx_orders_warehouse` (`warehouse_id`),
  CONSTRAINT `fk_orders_customer` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`customer_id`),
  CONSTRAINT `fk_orders_warehouse` FOREIGN KEY (`warehouse_id`) REFERENCES `warehouses` (`warehouse_id`)
) ENGINE=InnoDB AUTO_INCREMENT=21 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `orders`
--

LOCK TABLES `orders` WRITE;
/*!40000 ALTER TABLE `orders` DISABLE KEYS */;
INSERT INTO `orders` VALUES
(1,1,2,'2025-01-15 10:20:00','delivered','2025-01-16 09:00:00'),
(2,2,1,'2025-02-03 14:05:00','delivered','2025-02-07 16:30:00'),
(3,4,2,'2025-03-11 08:45:00','delivered','2025-03-12 11:00:00'),
(4,3,3,'2025-04-22 19:10:00','delivered','2025-04-28 10:00:00'),
(5,1,2,'2025-05-30 23:50:00','delivered','2025-06-02 08:00:00'),
(6,5,3,'2025-06-14 12:00:00','cancelled',NULL),
(7,7,1,'2025-07-08 09:30:00','delivered','2025-07-09 15:00:00'),
(8,6,4,'2025-08-19 17:25:00','delivered','2025-08-25 10:00:00'),
(9,2,1,'2025-09-05 11:11:00','delivered','2025-09-06 08:00:00'),
(10,4,2,'2025-10-02 07:55:00','delivered','2025-10-03 13:00:00'),
(11,10,3,'2025-10-28 20:40:00','cancelled',NULL),
(12,9,1,'2025-11-12 15:00:00','delivered','2025-11-14 09:30:00'),
(13,4,2,'2025-11-20 11:00:00','cancelled',NULL),
(14,3,3,'2025-11-30 23:15:00','delivered','2025-12-02 10:00:00'),
(15,7,1,'2025-12-01 00:05:00','shipped','2025-12-03 12:00:00'),
(16,11,1,'2025-12-09 10:00:00','shipped','2025-12-15 09:00:00'),
(17,1,2,'2025-12-18 16:45:00','placed',NULL),
(18,5,3,'2025-12-31 21:30:00','placed',NULL),
(19,6,4,'2026-01-02 09:00:00','placed',NULL),
(20,2,1,'2026-01-05 13:00:00','placed',NULL);
/*!40000 ALTER TABLE `orders` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `products`
--

DROP TABLE IF EXISTS `products`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `products` (
  `product_id` int(11) NOT NULL AUTO_INCREMENT,
  `sku` varchar(20) NOT NULL,
  `name` varchar(120) NOT NULL,
  `category` varchar(40) NOT NULL,
  `price_cents` int(10) unsigned NOT NULL COMMENT 'current list price in euro cents (EUR x 100)',
  PRIMARY KEY (`product_id`),
  UNIQUE KEY `uq_products_sku` (`sku`)
) ENGINE=InnoDB AUTO_INCREMENT=11 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `products`
--

LOCK TABLES `products` WRITE;
/*!40000 ALTER TABLE `products` DISABLE KEYS */;
INSERT INTO `products` VALUES
(1,'KB-101','Mechanical Keyboard','Peripherals',8999),
(2,'MS-202','Wireless Mouse','Peripherals',2999),
(3,'MN-270','27-inch Monitor','Displays',24900),
(4,'MN-240','24-inch Monitor','Displays',15900),
(5,'HB-330','USB-C Hub','Accessories',3950),
(6,'CB-010','HDMI Cable 2m','Accessories',899),
(7,'HS-450','Noise-Cancelling Headset','Audio',12999),
(8,'SP-120','Desk Speakers','Audio',5999),
(9,'WC-080','HD Webcam','Peripherals',6950),
(10,'LS-500','Laptop Stand','Accessories',4500);
/*!40000 ALTER TABLE `products` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `returns`
--

DROP TABLE IF EXISTS `returns`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `returns` (
  `return_id` int(11) NOT NULL AUTO_INCREMENT,
  `order_item_id` int(11) NOT NULL,
  `returned_on` date NOT NULL,
  `quantity` int(10) unsigned NOT NULL DEFAULT 1 COMMENT 'units sent back',
  `reason` varchar(60) NOT NULL,
  `refund_cents` int(10) unsigned DEFAULT NULL COMMENT 'euro cents; NULL while the refund is pending',
  PRIMARY KEY (`return_id`),
  KEY `idx_returns_item` (`order_item_id`),
  CONSTRAINT `fk_returns_item` FOREIGN KEY (`order_item_id`) REFERENCES `order_items` (`order_item_id`)
) ENGINE=InnoDB AUTO_INCREMENT=10 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `returns`
--

LOCK TABLES `returns` WRITE;
/*!40000 ALTER TABLE `returns` DISABLE KEYS */;
INSERT INTO `returns` VALUES
(1,4,'2025-02-20',1,'Defective',2999),
(2,6,'2025-03-25',2,'Defective',5398),
(3,8,'2025-05-10',1,'Changed mind',12999),
(4,13,'2025-07-20',1,'Damaged in transit',14900),
(5,13,'2025-08-02',1,'Defective',NULL),
(6,16,'2025-09-01',1,'Changed mind',NULL),
(7,19,'2025-10-15',1,'Damaged in transit',23900),
(8,22,'2025-11-25',1,'Wrong item sent',2999),
(9,25,'2025-12-10',1,'Defective',6950);
/*!40000 ALTER TABLE `returns` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `stock`
--

DROP TABLE IF EXISTS `stock`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `stock` (
  `warehouse_id` int(11) NOT NULL,
  `product_id` int(11) NOT NULL,
  `quantity` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'units on hand',
  PRIMARY KEY (`warehouse_id`,`product_id`),
  KEY `idx_stock_product` (`product_id`),
  CONSTRAINT `fk_stock_product` FOREIGN KEY (`product_id`) REFERENCES `products` (`product_id`),
  CONSTRAINT `fk_stock_warehouse` FOREIGN KEY (`warehouse_id`) REFERENCES `warehouses` (`warehouse_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `stock`
--

LOCK TABLES `stock` WRITE;
/*!40000 ALTER TABLE `stock` DISABLE KEYS */;
INSERT INTO `stock` VALUES
(1,1,40),
(1,2,120),
(1,3,12),
(1,4,0),
(1,5,60),
(1,6,200),
(1,7,15),
(1,8,0),
(1,10,5),
(2,1,25),
(2,2,80),
(2,3,0),
(2,4,9),
(2,5,0),
(2,6,150),
(2,7,8),
(3,1,0),
(3,2,35),
(3,3,4),
(3,5,22),
(3,6,90),
(3,8,6),
(4,2,10),
(4,6,40),
(4,7,0),
(4,10,3);
/*!40000 ALTER TABLE `stock` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `warehouses`
--

DROP TABLE IF EXISTS `warehouses`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `warehouses` (
  `warehouse_id` int(11) NOT NULL AUTO_INCREMENT,
  `code` char(3) NOT NULL,
  `city` varchar(80) NOT NULL,
  `country` char(2) NOT NULL COMMENT 'ISO 3166-1 alpha-2',
  PRIMARY KEY (`warehouse_id`),
  UNIQUE KEY `uq_warehouses_code` (`code`)
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `warehouses`
--

LOCK TABLES `warehouses` WRITE;
/*!40000 ALTER TABLE `warehouses` DISABLE KEYS */;
INSERT INTO `warehouses` VALUES
(1,'RTM','Rotterdam','NL'),
(2,'LEJ','Leipzig','DE'),
(3,'LYS','Lyon','FR'),
(4,'GDN','Gdansk','PL');
/*!40000 ALTER TABLE `warehouses` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-12-06 19:39:35
