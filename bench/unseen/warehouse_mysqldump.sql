/*M!999999\- enable the sandbox mode */ 
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: localhost    Database: depot
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
-- Table structure for table `parts`
--

DROP TABLE IF EXISTS `parts`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `parts` (
  `part_id` int(11) NOT NULL AUTO_INCREMENT,
  `sku` varchar(20) NOT NULL,
  `name` varchar(120) NOT NULL,
  `category` enum('bearing','seal','filter','fastener','electrical','hydraulic') NOT NULL,
  `unit_cost` decimal(10,2) NOT NULL COMMENT 'standard cost per unit in EUR',
  `discontinued` tinyint(1) NOT NULL DEFAULT 0 COMMENT '1 = no longer reordered; remaining stock is used up',
  PRIMARY KEY (`part_id`),
  UNIQUE KEY `uq_parts_sku` (`sku`)
) ENGINE=InnoDB AUTO_INCREMENT=16 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `parts`
--

LOCK TABLES `parts` WRITE;
/*!40000 ALTER TABLE `parts` DISABLE KEYS */;
INSERT INTO `parts` VALUES
(1,'BRG-6204','Deep groove ball bearing 6204','bearing',4.80,0),
(2,'BRG-6305','Deep groove ball bearing 6305','bearing',7.25,0),
(3,'BRG-22210','Spherical roller bearing 22210','bearing',58.90,0),
(4,'SEL-O40','O-ring 40x3 NBR','seal',0.35,0),
(5,'SEL-SH25','Shaft seal 25x40x7','seal',2.10,0),
(6,'FLT-HY10','Hydraulic return filter 10 micron','filter',24.50,0),
(7,'FLT-AIR300','Air filter cartridge 300 mm','filter',31.00,1),
(8,'FST-M8X30','Hex bolt M8x30 grade 8.8','fastener',0.12,0),
(9,'FST-M10N','Hex nut M10','fastener',0.06,0),
(10,'ELE-CT24','Contactor 24V 3-pole','electrical',42.00,0),
(11,'ELE-PS24','Power supply 24V 5A','electrical',67.50,0),
(12,'HYD-PMP12','Gear pump 12 cc','hydraulic',289.00,0),
(13,'HYD-HOSE12','Hydraulic hose 1/2 inch, 1 m','hydraulic',18.75,0),
(14,'ELE-RLY12','Relay 12V SPDT','electrical',3.40,1),
(15,'SEL-GK80','Flange gasket DN80','seal',5.60,0);
/*!40000 ALTER TABLE `parts` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `purchase_order_lines`
--

DROP TABLE IF EXISTS `purchase_order_lines`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `purchase_order_lines` (
  `po_line_id` int(11) NOT NULL AUTO_INCREMENT,
  `po_id` int(11) NOT NULL,
  `part_id` int(11) NOT NULL,
  `qty` int(11) NOT NULL,
  `unit_price` decimal(10,2) NOT NULL COMMENT 'agreed price per unit in EUR, excluding VAT',
  PRIMARY KEY (`po_line_id`),
  KEY `fk_pol_po` (`po_id`),
  KEY `fk_pol_part` (`part_id`),
  CONSTRAINT `fk_pol_part` FOREIGN KEY (`part_id`) REFERENCES `parts` (`part_id`),
  CONSTRAINT `fk_pol_po` FOREIGN KEY (`po_id`) REFERENCES `purchase_orders` (`po_id`)
) ENGINE=InnoDB AUTO_INCREMENT=30 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `purchase_order_lines`
--

LOCK TABLES `purchase_order_lines` WRITE;
/*!40000 ALTER TABLE `purchase_order_lines` DISABLE KEYS */;
INSERT INTO `purchase_order_lines` VALUES
(1,1,1,200,4.60),
(2,1,2,100,7.10),
(3,1,5,150,2.05),
(4,2,4,1000,0.32),
(5,2,8,2000,0.11),
(6,2,9,3000,0.05),
(7,3,1,100,4.75),
(8,3,3,10,57.50),
(9,4,6,20,24.00),
(10,4,13,30,18.40),
(11,4,12,2,285.00),
(12,5,10,15,41.00),
(13,5,11,10,66.00),
(14,6,5,200,2.00),
(15,6,15,40,5.50),
(16,7,8,1500,0.12),
(17,7,4,500,0.33),
(18,8,6,25,23.80),
(19,8,7,12,30.50),
(20,9,2,80,7.20),
(21,9,3,6,58.00),
(22,10,4,800,0.30),
(23,11,13,20,18.90),
(24,11,12,1,289.00),
(25,12,10,8,42.50),
(26,12,11,4,67.00),
(27,13,15,30,5.60),
(28,14,7,10,31.00),
(29,14,6,15,24.20);
/*!40000 ALTER TABLE `purchase_order_lines` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `purchase_orders`
--

DROP TABLE IF EXISTS `purchase_orders`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `purchase_orders` (
  `po_id` int(11) NOT NULL AUTO_INCREMENT,
  `supplier_id` int(11) NOT NULL,
  `ordered_at` datetime NOT NULL COMMENT 'when the order was raised',
  `expected_on` date DEFAULT NULL COMMENT 'delivery date promised by the supplier; NULL while draft',
  `received_at` datetime DEFAULT NULL COMMENT 'goods-in time; NULL until delivered',
  `status` enum('draft','sent','received','cancelled') NOT NULL DEFAULT 'draft',
  PRIMARY KEY (`po_id`),
  KEY `fk_po_supplier` (`supplier_id`),
  CONSTRAINT `fk_po_supplier` FOREIGN KEY (`supplier_id`) REFERENCES `suppliers` (`supplier_id`)
) ENGINE=InnoDB AUTO_INCREMENT=15 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `purchase_orders`
--

LOCK TABLES `purchase_orders` WRITE;
/*!40000 ALTER TABLE `purchase_orders` DISABLE KEYS */;
INSERT INTO `purchase_orders` VALUES
(1,1,'2024-11-05 09:12:00','2024-11-19','2024-11-18 14:30:00','received'),
(2,2,'2024-11-20 10:00:00','2024-12-04','2024-12-10 08:45:00','received'),
(3,3,'2024-12-02 11:30:00','2024-12-20','2024-12-19 16:00:00','received'),
(4,1,'2025-01-08 08:20:00','2025-01-22','2025-01-29 10:10:00','received'),
(5,4,'2025-01-15 13:40:00','2025-01-31',NULL,'cancelled'),
(6,5,'2025-02-03 13:05:00','2025-02-17','2025-03-03 09:00:00','received'),
(7,2,'2025-02-25 15:40:00','2025-03-11','2025-03-10 11:20:00','received'),
(8,6,'2025-03-04 09:00:00','2025-03-18','2025-03-31 17:45:00','received'),
(9,3,'2025-03-12 10:30:00','2025-03-28','2025-04-02 08:15:00','received'),
(10,8,'2025-03-20 14:00:00','2025-04-03',NULL,'cancelled'),
(11,1,'2025-04-07 09:45:00','2025-04-22',NULL,'sent'),
(12,4,'2025-04-14 11:00:00','2025-04-30',NULL,'sent'),
(13,5,'2025-04-28 16:30:00',NULL,NULL,'draft'),
(14,6,'2025-05-06 08:30:00','2025-05-20',NULL,'sent');
/*!40000 ALTER TABLE `purchase_orders` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `stock_levels`
--

DROP TABLE IF EXISTS `stock_levels`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `stock_levels` (
  `stock_id` int(11) NOT NULL AUTO_INCREMENT,
  `part_id` int(11) NOT NULL,
  `site` varchar(40) NOT NULL,
  `bin_code` varchar(12) NOT NULL COMMENT 'aisle-rack-shelf, e.g. A-01-03',
  `quantity` int(11) NOT NULL DEFAULT 0,
  `last_counted` date NOT NULL,
  PRIMARY KEY (`stock_id`),
  UNIQUE KEY `uq_stock_bin` (`site`,`bin_code`),
  KEY `fk_stock_part` (`part_id`),
  CONSTRAINT `fk_stock_part` FOREIGN KEY (`part_id`) REFERENCES `parts` (`part_id`)
) ENGINE=InnoDB AUTO_INCREMENT=17 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `stock_levels`
--

LOCK TABLES `stock_levels` WRITE;
/*!40000 ALTER TABLE `stock_levels` DISABLE KEYS */;
INSERT INTO `stock_levels` VALUES
(1,1,'Rotterdam','A-01-01',180,'2025-03-31'),
(2,1,'Duisburg','D-02-04',60,'2025-02-28'),
(3,2,'Rotterdam','A-01-02',95,'2025-03-31'),
(4,3,'Rotterdam','A-02-01',9,'2025-04-15'),
(5,4,'Rotterdam','B-01-01',1250,'2025-01-31'),
(6,5,'Duisburg','D-01-03',210,'2025-03-15'),
(7,6,'Rotterdam','C-03-02',28,'2025-04-15'),
(8,7,'Duisburg','D-03-01',0,'2025-04-30'),
(9,8,'Rotterdam','B-02-05',2600,'2025-01-31'),
(10,9,'Rotterdam','B-02-06',2400,'2024-12-20'),
(11,10,'Duisburg','D-04-02',6,'2025-02-28'),
(12,11,'Rotterdam','C-01-01',3,'2024-11-30'),
(13,12,'Duisburg','D-05-01',2,'2025-04-15'),
(14,13,'Rotterdam','C-02-03',22,'2025-03-15'),
(15,13,'Duisburg','D-02-01',11,'2025-03-15'),
(16,14,'Rotterdam','C-01-04',40,'2024-10-15');
/*!40000 ALTER TABLE `stock_levels` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `suppliers`
--

DROP TABLE IF EXISTS `suppliers`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `suppliers` (
  `supplier_id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(120) NOT NULL,
  `country` char(2) NOT NULL COMMENT 'ISO 3166-1 alpha-2 country code',
  `contact_email` varchar(160) DEFAULT NULL,
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
(1,'Kessler Hydraulik GmbH','DE','orders@kessler-hydraulik.example'),
(2,'Van Dijk Components BV','NL','sales@vandijk.example'),
(3,'Nordic Bearings AB','SE','order@nordicbearings.example'),
(4,'Lumiere Electrique SARL','FR','commandes@lumiere-elec.example'),
(5,'Bauer Dichtungen GmbH','DE','vertrieb@bauer-dichtungen.example'),
(6,'Polska Filtry Sp. z o.o.','PL',NULL),
(7,'Castell Tools SL','ES','ventas@castelltools.example'),
(8,'Brabant Seals BV','NL','info@brabantseals.example');
/*!40000 ALTER TABLE `suppliers` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `technicians`
--

DROP TABLE IF EXISTS `technicians`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `technicians` (
  `technician_id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `specialty` enum('mechanical','electrical','hydraulic') NOT NULL,
  `hired_on` date NOT NULL,
  `lead_id` int(11) DEFAULT NULL COMMENT 'technician this person reports to; NULL for team leads at the top',
  PRIMARY KEY (`technician_id`),
  KEY `fk_tech_lead` (`lead_id`),
  CONSTRAINT `fk_tech_lead` FOREIGN KEY (`lead_id`) REFERENCES `technicians` (`technician_id`)
) ENGINE=InnoDB AUTO_INCREMENT=10 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `technicians`
--

LOCK TABLES `technicians` WRITE;
/*!40000 ALTER TABLE `technicians` DISABLE KEYS */;
INSERT INTO `technicians` VALUES
(1,'Marta Kowalczyk','mechanical','2016-03-01',NULL),
(2,'Jan de Groot','electrical','2018-06-15',NULL),
(3,'Lukas Brandt','mechanical','2019-09-02',1),
(4,'Sofie Jansen','electrical','2021-01-11',2),
(5,'Ahmed Benali','hydraulic','2021-05-03',1),
(6,'Elif Yilmaz','mechanical','2022-08-22',2),
(7,'Tomasz Nowak','hydraulic','2023-02-13',3),
(8,'Noor Bakker','electrical','2024-10-01',2),
(9,'Pieter Vos','mechanical','2024-11-18',5);
/*!40000 ALTER TABLE `technicians` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `work_orders`
--

DROP TABLE IF EXISTS `work_orders`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `work_orders` (
  `work_order_id` int(11) NOT NULL AUTO_INCREMENT,
  `technician_id` int(11) NOT NULL,
  `asset` varchar(60) NOT NULL COMMENT 'machine being serviced',
  `part_id` int(11) DEFAULT NULL COMMENT 'spare part fitted; NULL for inspections / no part used',
  `qty_used` int(11) NOT NULL DEFAULT 0,
  `opened_at` datetime NOT NULL,
  `closed_at` datetime DEFAULT NULL,
  `priority` enum('low','medium','high','critical') NOT NULL DEFAULT 'medium',
  PRIMARY KEY (`work_order_id`),
  KEY `fk_wo_tech` (`technician_id`),
  KEY `fk_wo_part` (`part_id`),
  CONSTRAINT `fk_wo_part` FOREIGN KEY (`part_id`) REFERENCES `parts` (`part_id`),
  CONSTRAINT `fk_wo_tech` FOREIGN KEY (`technician_id`) REFERENCES `technicians` (`technician_id`)
) ENGINE=InnoDB AUTO_INCREMENT=19 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `work_orders`
--

LOCK TABLES `work_orders` WRITE;
/*!40000 ALTER TABLE `work_orders` DISABLE KEYS */;
INSERT INTO `work_orders` VALUES
(1,3,'Conveyor C3',1,2,'2025-01-06 07:30:00','2025-01-06 12:10:00','high'),
(2,5,'Press P1',12,1,'2025-01-09 08:00:00','2025-01-11 16:00:00','critical'),
(3,4,'Compressor K2',7,1,'2025-01-14 10:15:00','2025-01-14 11:00:00','low'),
(4,6,'Conveyor C1',5,2,'2025-01-20 13:00:00','2025-01-21 09:30:00','medium'),
(5,3,'Forklift F4',13,2,'2025-02-03 06:45:00','2025-02-03 10:00:00','high'),
(6,7,'Press P1',6,1,'2025-02-10 09:00:00','2025-02-12 15:00:00','medium'),
(7,1,'Conveyor C3',NULL,0,'2025-02-14 14:20:00','2025-02-14 15:05:00','low'),
(8,5,'Packing line L2',10,1,'2025-02-18 07:50:00','2025-02-18 09:40:00','critical'),
(9,9,'Compressor K2',4,6,'2025-03-03 08:10:00','2025-03-05 17:00:00','medium'),
(10,2,'Press P2',3,1,'2025-03-07 06:30:00','2025-03-10 12:00:00','high'),
(11,4,'Forklift F4',NULL,0,'2025-03-12 11:00:00','2025-03-12 11:45:00','low'),
(12,6,'Conveyor C1',8,12,'2025-03-18 09:30:00','2025-03-19 08:00:00','medium'),
(13,7,'Packing line L2',11,1,'2025-03-25 15:00:00',NULL,'high'),
(14,3,'Press P2',2,2,'2025-04-01 07:00:00','2025-04-01 13:30:00','critical'),
(15,9,'Compressor K2',6,1,'2025-04-08 10:00:00',NULL,'medium'),
(16,5,'Conveyor C3',1,4,'2025-04-15 08:20:00','2025-04-16 10:00:00','high'),
(17,2,'Forklift F4',13,1,'2025-04-22 13:10:00',NULL,'critical'),
(18,3,'Press P1',5,3,'2025-05-02 09:00:00',NULL,'low');
/*!40000 ALTER TABLE `work_orders` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-12-06 23:11:38
