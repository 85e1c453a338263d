/*M!999999\- enable the sandbox mode */ 
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: localhost    Database: bank
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
-- Table structure for table `accounts`
--

DROP TABLE IF EXISTS `accounts`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `accounts` (
  `account_id` int(11) NOT NULL AUTO_INCREMENT,
  `customer_id` int(11) NOT NULL COMMENT 'account holder',
  `account_type` enum('checking','savings','business') NOT NULL,
  `iban` varchar(34) NOT NULL,
  `opened_on` date NOT NULL,
  `closed_on` date DEFAULT NULL COMMENT 'NULL while the account is open',
  `is_frozen` tinyint(1) NOT NULL DEFAULT 0 COMMENT '1 = frozen by compliance: no debits allowed',
  PRIMARY KEY (`account_id`),
  UNIQUE KEY `uq_accounts_iban` (`iban`),
  KEY `idx_accounts_customer` (`customer_id`),
  CONSTRAINT `fk_accounts_customer` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`customer_id`)
) ENGINE=InnoDB AUTO_INCREMENT=22 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `accounts`
--

LOCK TABLES `accounts` WRITE;
/*!40000 ALTER TABLE `accounts` DISABLE KEYS */;
INSERT INTO `accounts` VALUES
(1,1,'checking','US10SPRG0000000001','2019-03-12',NULL,0),
(2,1,'savings','US10SPRG0000000002','2019-04-01',NULL,0),
(3,2,'checking','US10SPRG0000000003','2020-07-01',NULL,0),
(4,2,'savings','US10SPRG0000000004','2021-02-01','2024-06-30',0),
(5,3,'checking','US10SPRG0000000005','2021-01-15',NULL,0),
(6,4,'checking','US10SPRG0000000006','2018-11-30',NULL,1),
(7,4,'business','US10SPRG0000000007','2019-05-01',NULL,0),
(8,4,'savings','US10SPRG0000000008','2020-01-01','2025-03-31',0),
(9,5,'checking','US10SPRG0000000009','2022-05-05',NULL,0),
(10,6,'checking','US10SPRG0000000010','2023-09-19',NULL,0),
(11,6,'savings','US10SPRG0000000011','2023-10-01',NULL,0),
(12,7,'checking','US10SPRG0000000012','2024-12-31',NULL,0),
(13,8,'checking','US10SPRG0000000013','2025-01-01',NULL,0),
(14,9,'savings','US10SPRG0000000014','2025-02-14',NULL,0),
(15,10,'business','US10SPRG0000000015','2016-06-06',NULL,0),
(16,10,'checking','US10SPRG0000000016','2016-06-06','2023-12-31',1),
(17,12,'checking','US10SPRG0000000017','2021-08-08',NULL,1),
(18,13,'checking','US10SPRG0000000018','2023-03-03',NULL,0),
(19,13,'savings','US10SPRG0000000019','2023-03-03','2025-01-15',0),
(20,14,'checking','US10SPRG0000000020','2020-10-10',NULL,0),
(21,14,'savings','US10SPRG0000000021','2022-02-02',NULL,0);
/*!40000 ALTER TABLE `accounts` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `branches`
--

DROP TABLE IF EXISTS `branches`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `branches` (
  `branch_id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(60) NOT NULL,
  `city` varchar(60) NOT NULL,
  `opened_on` date NOT NULL COMMENT 'date the branch opened to the public',
  PRIMARY KEY (`branch_id`),
  UNIQUE KEY `uq_branches_name` (`name`)
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `branches`
--

LOCK TABLES `branches` WRITE;
/*!40000 ALTER TABLE `branches` DISABLE KEYS */;
INSERT INTO `branches` VALUES
(1,'Downtown','Springfield','1998-04-01'),
(2,'Riverside','Springfield','2005-09-12'),
(3,'Northgate','Shelbyville','2012-03-05'),
(4,'Harbor','Ogdenville','2017-06-19'),
(5,'Lakeside','Capital City','2025-05-02');
/*!40000 ALTER TABLE `branches` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `cards`
--

DROP TABLE IF EXISTS `cards`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `cards` (
  `card_id` int(11) NOT NULL AUTO_INCREMENT,
  `account_id` int(11) NOT NULL,
  `card_type` enum('debit','credit') NOT NULL,
  `last4` char(4) NOT NULL COMMENT 'last four digits of the card number',
  `issued_on` date NOT NULL,
  `expires_on` date NOT NULL COMMENT 'last day the card can be used',
  `is_blocked` tinyint(1) NOT NULL DEFAULT 0 COMMENT '1 = blocked (lost, stolen or fraud)',
  PRIMARY KEY (`card_id`),
  KEY `idx_cards_account` (`account_id`),
  CONSTRAINT `fk_cards_account` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`account_id`)
) ENGINE=InnoDB AUTO_INCREMENT=17 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `cards`
--

LOCK TABLES `cards` WRITE;
/*!40000 ALTER TABLE `cards` DISABLE KEYS */;
INSERT INTO `cards` VALUES
(1,1,'debit','4821','2023-03-01','2027-03-31',0),
(2,1,'credit','9910','2021-07-01','2025-06-30',1),
(3,3,'debit','1177','2022-02-01','2026-01-31',0),
(4,5,'debit','5532','2023-08-15','2027-08-31',1),
(5,6,'debit','7001','2022-11-20','2026-11-30',1),
(6,7,'credit','7002','2024-02-10','2028-02-29',0),
(7,9,'debit','3003','2022-05-10','2025-12-31',0),
(8,10,'debit','6610','2023-09-25','2027-09-30',0),
(9,12,'debit','1212','2025-01-06','2029-12-31',0),
(10,13,'debit','1313','2025-01-03','2029-12-31',1),
(11,15,'credit','1515','2022-06-01','2026-06-30',0),
(12,15,'debit','1516','2021-01-20','2025-01-31',0),
(13,17,'debit','1717','2022-08-20','2026-08-31',1),
(14,18,'debit','1818','2023-03-10','2027-03-31',0),
(15,20,'debit','2020','2022-10-15','2026-10-31',0),
(16,16,'debit','1616','2020-06-15','2024-06-30',1);
/*!40000 ALTER TABLE `cards` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `customers`
--

DROP TABLE IF EXISTS `customers`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `customers` (
  `customer_id` int(11) NOT NULL AUTO_INCREMENT,
  `first_name` varchar(40) NOT NULL,
  `last_name` varchar(40) NOT NULL,
  `email` varchar(120) DEFAULT NULL,
  `date_of_birth` date DEFAULT NULL,
  `branch_id` int(11) NOT NULL COMMENT 'home branch that manages the customer relationship',
  `joined_on` date NOT NULL COMMENT 'date the customer became a client of the bank',
  PRIMARY KEY (`customer_id`),
  KEY `idx_customers_branch` (`branch_id`),
  CONSTRAINT `fk_customers_branch` FOREIGN KEY (`branch_id`) REFERENCES `branches` (`branch_id`)
) ENGINE=InnoDB AUTO_INCREMENT=15 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `customers`
--

LOCK TABLES `customers` WRITE;
/*!40000 ALTER TABLE `customers` DISABLE KEYS */;
INSERT INTO `customers` VALUES
(1,'Alice','Moreno','alice.moreno@example.com','1985-02-11',1,'2019-03-12'),
(2,'Ben','Okafor','ben.okafor@example.com','1990-07-23',1,'2020-07-01'),
(3,'Chloe','Tan',NULL,'1996-12-02',2,'2021-01-15'),
(4,'Dmitri','Volkov','d.volkov@example.net','1972-05-30',2,'2018-11-30'),
(5,'Elena','Ruiz','elena.ruiz@example.com',NULL,3,'2022-05-05'),
(6,'Farid','Haddad','farid.h@example.org','1988-09-14',3,'2023-09-19'),
(7,'Grace','Lee',NULL,'2001-03-08',4,'2024-12-31'),
(8,'Hiro','Sato','hiro.sato@example.com','1999-10-10',4,'2025-01-01'),
(9,'Ines','Duarte','ines.duarte@example.com','1979-01-27',1,'2025-02-14'),
(10,'Jamal','Carter','jamal@carterlogistics.example','1968-08-19',2,'2016-06-06'),
(11,'Kira','Novak',NULL,'1993-04-17',3,'2024-04-04'),
(12,'Liam','O\'Brien','liam.obrien@example.com','1983-11-05',4,'2021-08-08'),
(13,'Maya','Singh','maya.singh@example.com','1994-06-21',1,'2023-03-03'),
(14,'Noah','Kim',NULL,'1987-02-28',2,'2020-10-10');
/*!40000 ALTER TABLE `customers` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `loans`
--

DROP TABLE IF EXISTS `loans`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `loans` (
  `loan_id` int(11) NOT NULL AUTO_INCREMENT,
  `customer_id` int(11) NOT NULL COMMENT 'borrower',
  `principal_cents` bigint(20) NOT NULL COMMENT 'amount lent, in cents',
  `annual_rate_pct` decimal(5,2) NOT NULL COMMENT 'nominal yearly interest rate, in percent',
  `term_months` smallint(6) NOT NULL,
  `start_date` date DEFAULT NULL COMMENT 'date the money was paid out; NULL if never disbursed',
  `status` enum('applied','active','repaid','defaulted','rejected') NOT NULL,
  PRIMARY KEY (`loan_id`),
  KEY `idx_loans_customer` (`customer_id`),
  CONSTRAINT `fk_loans_customer` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`customer_id`)
) ENGINE=InnoDB AUTO_INCREMENT=12 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `loans`
--

LOCK TABLES `loans` WRITE;
/*!40000 ALTER TABLE `loans` DISABLE KEYS */;
INSERT INTO `loans` VALUES
(1,1,800000,6.50,60,'2023-05-01','active'),
(2,2,2500000,7.25,72,'2021-12-01','active'),
(3,4,800000,5.90,36,'2021-01-01','repaid'),
(4,4,3000000,8.10,120,'2024-09-15','active'),
(5,7,500000,11.00,24,'2025-01-15','active'),
(6,8,2000000,12.50,48,'2025-02-01','active'),
(7,11,1000000,9.75,36,NULL,'rejected'),
(8,10,5000000,6.00,84,'2020-06-01','active'),
(9,13,1200000,7.80,60,'2023-06-01','defaulted'),
(10,5,300000,10.00,12,NULL,'applied'),
(11,2,400000,9.00,24,'2019-01-01','repaid');
/*!40000 ALTER TABLE `loans` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `transactions`
--

DROP TABLE IF EXISTS `transactions`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `transactions` (
  `transaction_id` int(11) NOT NULL AUTO_INCREMENT,
  `account_id` int(11) NOT NULL,
  `posted_at` datetime NOT NULL COMMENT 'local time the entry was booked',
  `kind` enum('deposit','withdrawal','card_payment','fee','interest','refund') NOT NULL,
  `amount` decimal(12,2) NOT NULL COMMENT 'signed amount in dollars: positive = money in, negative = money out',
  `merchant_category` varchar(30) DEFAULT NULL COMMENT 'set for card payments and refunds only',
  `status` enum('posted','pending','reversed') NOT NULL DEFAULT 'posted' COMMENT 'only posted entries count towards the balance',
  `description` varchar(120) DEFAULT NULL,
  PRIMARY KEY (`transaction_id`),
  KEY `idx_transactions_account` (`account_id`),
  KEY `idx_transactions_posted` (`posted_at`),
  CONSTRAINT `fk_transactions_account` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`account_id`)
) ENGINE=InnoDB AUTO_INCREMENT=62 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='account ledger; transfers between accounts are kept in the transfers table only';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `transactions`
--

LOCK TABLES `transactions` WRITE;
/*!40000 ALTER TABLE `transactions` DISABLE KEYS */;
INSERT INTO `transactions` VALUES
(1,1,'2025-01-02 09:15:00','deposit',2500.00,NULL,'posted','Payroll ACME Corp'),
(2,1,'2025-01-05 18:22:10','card_payment',-84.37,'groceries','posted','FreshMart #12'),
(3,1,'2025-01-20 12:01:00','card_payment',-45.00,'restaurants','posted','Luigi\'s'),
(4,1,'2025-02-01 09:00:00','deposit',2500.00,NULL,'posted','Payroll ACME Corp'),
(5,1,'2025-02-14 20:45:00','card_payment',-210.50,'restaurants','posted','Chez Marie'),
(6,1,'2025-02-28 23:59:59','fee',-12.00,NULL,'posted','Monthly account fee'),
(7,1,'2025-03-01 00:00:01','card_payment',-60.00,'fuel','posted','QuickGas 24h'),
(8,1,'2025-03-10 11:00:00','withdrawal',-400.00,NULL,'posted','ATM Main St'),
(9,2,'2024-12-31 23:59:30','interest',18.25,NULL,'posted','Q4 interest'),
(10,2,'2024-06-15 10:00:00','deposit',5000.00,NULL,'posted','Bonus savings'),
(11,3,'2025-01-03 08:00:00','deposit',1800.00,NULL,'posted','Payroll City Hall'),
(12,3,'2025-02-03 14:30:00','card_payment',-120.00,'groceries','posted','FreshMart #3'),
(13,3,'2025-02-10 16:00:00','card_payment',-899.99,'electronics','posted','GadgetWorld'),
(14,3,'2025-02-12 10:00:00','refund',899.99,'electronics','posted','GadgetWorld refund'),
(15,3,'2025-02-20 13:00:00','withdrawal',-300.00,NULL,'posted','ATM Riverside'),
(16,3,'2025-02-20 17:00:00','withdrawal',-300.00,NULL,'posted','ATM Downtown'),
(17,5,'2025-01-15 09:00:00','deposit',3200.00,NULL,'posted','Payroll Tan Design'),
(18,5,'2025-02-05 19:00:00','card_payment',-1450.00,'travel','posted','SkyHigh Airlines'),
(19,5,'2025-02-06 07:30:00','card_payment',-55.20,'fuel','posted','QuickGas 24h'),
(20,5,'2025-02-18 12:00:00','card_payment',-300.00,'travel','reversed','Hotel Bellevue (duplicate)'),
(21,5,'2025-03-02 10:00:00','withdrawal',-250.00,NULL,'posted','ATM Riverside'),
(22,6,'2024-11-30 10:00:00','deposit',1000.00,NULL,'posted','Cash deposit'),
(23,6,'2025-01-10 10:00:00','withdrawal',-950.00,NULL,'posted','Counter withdrawal'),
(24,7,'2025-01-01 00:00:10','deposit',12000.00,NULL,'posted','Client payment'),
(25,7,'2025-02-15 15:00:00','card_payment',-640.00,'utilities','posted','Springfield Power'),
(26,7,'2025-02-25 11:11:00','withdrawal',-950.00,NULL,'posted','Counter withdrawal'),
(27,8,'2024-01-05 09:30:00','deposit',2000.00,NULL,'posted','Savings top-up'),
(28,8,'2025-03-31 16:45:00','withdrawal',-2000.00,NULL,'posted','Closing withdrawal'),
(29,9,'2025-01-20 09:00:00','deposit',2100.00,NULL,'posted','Payroll Ruiz Clinic'),
(30,9,'2025-02-11 17:40:00','card_payment',-75.25,'groceries','posted','GreenGrocer'),
(31,9,'2025-02-11 18:02:00','card_payment',-33.10,'groceries','pending','GreenGrocer'),
(32,9,'2025-02-22 10:30:00','withdrawal',-500.00,NULL,'posted','ATM Northgate'),
(33,10,'2025-01-25 09:00:00','deposit',900.00,NULL,'posted','Freelance invoice'),
(34,10,'2025-02-03 13:15:00','card_payment',-42.75,'restaurants','posted','Noodle Bar'),
(35,10,'2025-04-02 08:20:00','withdrawal',-100.00,NULL,'posted','ATM Northgate'),
(36,11,'2025-03-15 12:00:00','deposit',3000.00,NULL,'posted','Savings top-up'),
(37,12,'2025-01-31 23:50:00','card_payment',-19.99,'restaurants','posted','Night Owl Diner'),
(38,12,'2025-02-01 00:05:00','card_payment',-64.00,'groceries','posted','24/7 Market'),
(39,12,'2025-01-05 10:00:00','deposit',700.00,NULL,'posted','Cash deposit'),
(40,13,'2025-01-02 11:00:00','deposit',700.00,NULL,'posted','Cash deposit'),
(41,13,'2025-02-09 00:00:00','fee',-25.00,NULL,'posted','Overdraft fee'),
(42,13,'2025-02-08 21:30:00','card_payment',-750.00,'electronics','posted','GadgetWorld'),
(43,14,'2025-02-14 14:00:00','deposit',10000.00,NULL,'posted','Opening deposit'),
(44,14,'2025-05-31 23:59:00','interest',25.40,NULL,'posted','May interest'),
(45,15,'2025-01-08 09:00:00','deposit',8000.00,NULL,'posted','Client payment'),
(46,15,'2025-02-17 06:45:00','card_payment',-1200.00,'travel','posted','SkyHigh Airlines'),
(47,15,'2025-02-27 19:20:00','card_payment',-88.00,'fuel','posted','QuickGas 24h'),
(48,15,'2025-03-20 10:00:00','withdrawal',-2500.00,NULL,'posted','Counter withdrawal'),
(49,17,'2024-09-09 09:00:00','deposit',600.00,NULL,'posted','Cash deposit'),
(50,17,'2024-12-20 15:00:00','withdrawal',-200.00,NULL,'posted','ATM Harbor'),
(51,18,'2025-01-12 09:00:00','deposit',1500.00,NULL,'posted','Payroll Singh & Co'),
(52,18,'2025-02-13 18:30:00','card_payment',-130.40,'groceries','posted','FreshMart #12'),
(53,18,'2025-02-28 22:10:00','card_payment',-75.00,'restaurants','posted','Chez Marie'),
(54,19,'2024-05-05 10:00:00','deposit',1000.00,NULL,'posted','Savings top-up'),
(55,19,'2025-01-15 09:30:00','withdrawal',-1000.00,NULL,'posted','Closing withdrawal'),
(56,20,'2025-01-04 09:00:00','deposit',2200.00,NULL,'posted','Payroll Kim Bakery'),
(57,20,'2025-02-19 08:00:00','card_payment',-240.00,'utilities','posted','Springfield Water'),
(58,20,'2025-02-19 08:05:00','card_payment',-18.50,'fuel','reversed','QuickGas 24h (declined)'),
(59,9,'2025-03-05 12:00:00','withdrawal',-800.00,NULL,'reversed','Counter withdrawal (cancelled)'),
(60,1,'2025-04-01 09:00:00','deposit',2500.00,NULL,'pending','Payroll ACME Corp'),
(61,12,'2025-06-30 16:20:00','deposit',150.00,NULL,'pending','Mobile cheque deposit');
/*!40000 ALTER TABLE `transactions` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `transfers`
--

DROP TABLE IF EXISTS `transfers`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `transfers` (
  `transfer_id` int(11) NOT NULL AUTO_INCREMENT,
  `from_account_id` int(11) NOT NULL COMMENT 'account debited',
  `to_account_id` int(11) NOT NULL COMMENT 'account credited',
  `amount_cents` int(10) unsigned NOT NULL COMMENT 'amount moved, in cents',
  `requested_at` datetime NOT NULL,
  `status` enum('completed','failed','cancelled') NOT NULL,
  `reference` varchar(80) DEFAULT NULL,
  PRIMARY KEY (`transfer_id`),
  KEY `idx_transfers_from` (`from_account_id`),
  KEY `idx_transfers_to` (`to_account_id`),
  CONSTRAINT `fk_transfers_from` FOREIGN KEY (`from_account_id`) REFERENCES `accounts` (`account_id`),
  CONSTRAINT `fk_transfers_to` FOREIGN KEY (`to_account_id`) REFERENCES `accounts` (`account_id`)
) ENGINE=InnoDB AUTO_INCREMENT=13 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `transfers`
--

LOCK TABLES `transfers` WRITE;
/*!40000 ALTER TABLE `transfers` DISABLE KEYS */;
INSERT INTO `transfers` VALUES
(1,1,2,50000,'2025-01-10 08:30:00','completed','Monthly savings'),
(2,3,5,15000,'2025-01-18 19:05:00','completed','Concert tickets'),
(3,7,15,250000,'2025-02-02 10:00:00','completed','Invoice 2025-014'),
(4,9,12,8000,'2025-02-05 21:40:00','completed','Dinner split'),
(5,15,10,120000,'2025-02-16 11:00:00','failed','Invoice FH-77'),
(6,20,18,4500,'2025-03-01 00:02:00','completed','Gift'),
(7,18,19,20000,'2024-12-01 09:00:00','completed',NULL),
(8,13,3,10000,'2025-02-20 14:00:00','cancelled','Rent share'),
(9,5,3,2000,'2025-03-05 17:30:00','completed','Tickets refund'),
(10,10,11,30000,'2025-03-15 12:30:00','completed',NULL),
(11,6,17,5000,'2024-12-15 16:00:00','completed','Loan repayment'),
(12,14,1,100000,'2025-04-01 10:15:00','completed','Car purchase');
/*!40000 ALTER TABLE `transfers` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-12-07 11:00:57
