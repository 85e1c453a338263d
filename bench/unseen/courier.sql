-- Parcel courier operational database (SQLite).
-- All money is stored in pence (GBP); all weights in grams.
CREATE TABLE depots (
  depot_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  city TEXT NOT NULL,
  postcode TEXT NOT NULL,
  opened_on TEXT NOT NULL, -- 'YYYY-MM-DD'
  is_hub INTEGER NOT NULL DEFAULT 0 CHECK (is_hub IN (0, 1)) -- 1 = regional sorting hub, 0 = local delivery depot
);
CREATE TABLE couriers (
  courier_id INTEGER PRIMARY KEY,
  full_name TEXT NOT NULL,
  depot_id INTEGER NOT NULL REFERENCES depots(depot_id), -- home depot the courier drives out of
  supervisor_id INTEGER REFERENCES couriers(courier_id), -- courier's direct supervisor; NULL = depot manager with no supervisor
  hired_on TEXT NOT NULL, -- 'YYYY-MM-DD'
  employment_type TEXT NOT NULL CHECK (employment_type IN ('employed', 'contractor')),
  is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)) -- 0 = has left the company
);
CREATE TABLE vans (
  van_id INTEGER PRIMARY KEY,
  registration TEXT NOT NULL UNIQUE,
  depot_id INTEGER NOT NULL REFERENCES depots(depot_id),
  payload_kg INTEGER NOT NULL, -- maximum load in kilograms
  is_electric INTEGER NOT NULL DEFAULT 0 CHECK (is_electric IN (0, 1)),
  retired_on TEXT -- 'YYYY-MM-DD'; NULL = still in service
);
CREATE TABLE customers (
  customer_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  customer_type TEXT NOT NULL CHECK (customer_type IN ('business', 'personal')),
  email TEXT,
  city TEXT NOT NULL,
  account_opened_on TEXT NOT NULL, -- 'YYYY-MM-DD'
  credit_account INTEGER NOT NULL DEFAULT 0 CHECK (credit_account IN (0, 1)) -- 1 = invoiced monthly instead of paying at booking
);
CREATE TABLE parcels (
  parcel_id INTEGER PRIMARY KEY,
  tracking_code TEXT NOT NULL UNIQUE,
  sender_customer_id INTEGER NOT NULL REFERENCES customers(customer_id),
  recipient_name TEXT NOT NULL,
  recipient_postcode TEXT NOT NULL,
  origin_depot_id INTEGER NOT NULL REFERENCES depots(depot_id), -- depot where the parcel was collected / dropped off
  destination_depot_id INTEGER NOT NULL REFERENCES depots(depot_id), -- depot that delivers to the recipient
  weight_g INTEGER NOT NULL CHECK (weight_g > 0), -- weight in grams
  declared_value_pence INTEGER NOT NULL, -- declared contents value in pence
  service_level TEXT NOT NULL CHECK (service_level IN ('standard', 'express', 'next_day')),
  signature_required INTEGER NOT NULL DEFAULT 0 CHECK (signature_required IN (0, 1)),
  created_at TEXT NOT NULL, -- 'YYYY-MM-DD HH:MM:SS', when the parcel was booked
  delivered_at TEXT -- 'YYYY-MM-DD HH:MM:SS'; NULL = not delivered (yet)
);
CREATE TABLE delivery_attempts (
  attempt_id INTEGER PRIMARY KEY,
  parcel_id INTEGER NOT NULL REFERENCES parcels(parcel_id),
  courier_id INTEGER NOT NULL REFERENCES couriers(courier_id),
  van_id INTEGER NOT NULL REFERENCES vans(van_id),
  attempted_at TEXT NOT NULL, -- 'YYYY-MM-DD HH:MM:SS'
  outcome TEXT NOT NULL CHECK (outcome IN ('delivered', 'not_home', 'refused', 'damaged')),
  note TEXT
);
CREATE TABLE charges (
  charge_id INTEGER PRIMARY KEY,
  parcel_id INTEGER NOT NULL REFERENCES parcels(parcel_id), -- the customer charged is the parcel's sender
  charge_type TEXT NOT NULL CHECK (charge_type IN ('postage', 'redelivery', 'oversize', 'insurance')),
  amount_pence INTEGER NOT NULL CHECK (amount_pence > 0), -- amount in pence (GBP), VAT included
  invoiced_on TEXT NOT NULL, -- 'YYYY-MM-DD'
  paid_at TEXT -- 'YYYY-MM-DD HH:MM:SS'; NULL = not paid yet
);

INSERT INTO depots VALUES
(1, 'Leeds Central Hub', 'Leeds', 'LS9 0PS', '2015-03-01', 1),
(2, 'Manchester Trafford Hub', 'Manchester', 'M17 1SN', '2016-06-13', 1),
(3, 'York North', 'York', 'YO30 4XT', '2018-04-09', 0),
(4, 'Sheffield East', 'Sheffield', 'S9 1AB', '2019-10-21', 0),
(5, 'Bradford West', 'Bradford', 'BD4 6SG', '2021-02-01', 0),
(6, 'Hull Docks', 'Hull', 'HU9 1TA', '2024-09-01', 0);
INSERT INTO couriers VALUES
(1, 'Gareth Lowe', 1, NULL, '2016-05-02', 'employed', 1),
(2, 'Aisha Begum', 2, NULL, '2017-09-11', 'employed', 1),
(3, 'Tom Brennan', 1, 1, '2019-02-18', 'employed', 1),
(4, 'Kasia Nowak', 1, 1, '2020-06-01', 'contractor', 1),
(5, 'Liam Hughes', 3, 1, '2021-03-15', 'contractor', 1),
(6, 'Femi Adeyemi', 2, 2, '2019-11-04', 'employed', 1),
(7, 'Rachel Dunn', 2, 2, '2022-01-10', 'contractor', 1),
(8, 'Owen Price', 4, 2, '2020-08-24', 'employed', 1),
(9, 'Sofia Marino', 4, 8, '2023-04-03', 'contractor', 1),
(10, 'Dev Patel', 5, 3, '2022-07-18', 'employed', 1),
(11, 'Chloe Barker', 5, 3, '2023-10-02', 'contractor', 0),
(12, 'Marcus Reid', 3, 5, '2024-02-12', 'contractor', 1),
(13, 'Niamh Kelly', 6, 1, '2024-09-02', 'employed', 1),
(14, 'Ben Carter', 1, 3, '2024-05-20', 'contractor', 1),
(15, 'Hannah Shaw', 2, 6, '2024-12-16', 'employed', 1);
INSERT INTO vans VALUES
(1, 'YX71 KDL', 1, 1100, 1, NULL),
(2, 'YX19 PLM', 1, 950, 0, '2024-11-30'),
(3, 'MA70 TRC', 2, 1200, 0, NULL),
(4, 'MA23 EVZ', 2, 1000, 1, NULL),
(5, 'YO68 BNV', 3, 900, 0, NULL),
(6, 'SF72 WQA', 4, 1100, 1, NULL),
(7, 'BD21 HJK', 5, 950, 0, NULL),
(8, 'HU24 ELC', 6, 1000, 1, NULL),
(9, 'YD74 ZEV', 1, 1050, 1, NULL);
INSERT INTO customers VALUES
(1, 'Northern Threads Ltd', 'business', 'orders@northernthreads.co.uk', 'Leeds', '2022-03-14', 1),
(2, 'Pennine Books', 'business', 'sales@penninebooks.co.uk', 'Bradford', '2023-01-09', 1),
(3, 'Harriet Cole', 'personal', 'harriet.cole@example.com', 'York', '2024-02-20', 0),
(4, 'Kestrel Electronics Ltd', 'business', 'dispatch@kestrel-elec.co.uk', 'Manchester', '2021-11-01', 1),
(5, 'James Whitaker', 'personal', NULL, 'Sheffield', '2024-06-11', 0),
(6, 'Moorland Honey Co', 'business', 'hello@moorlandhoney.co.uk', 'York', '2023-07-25', 0),
(7, 'Sana Iqbal', 'personal', 'sana.iqbal@example.com', 'Bradford', '2024-08-03', 0),
(8, 'Salford Bike Parts', 'business', 'trade@salfordbikeparts.co.uk', 'Manchester', '2022-09-19', 1),
(9, 'Eleanor Marsh', 'personal', 'e.marsh@example.net', 'Leeds', '2024-10-02', 0),
(10, 'Dales Outdoor Gear', 'business', 'shop@dalesoutdoor.co.uk', 'Sheffield', '2023-03-30', 1),
(11, 'Peter Lindqvist', 'personal', NULL, 'Manchester', '2024-09-15', 0),
(12, 'Calder Print Studio', 'business', 'jobs@calderprint.co.uk', 'Leeds', '2024-05-06', 0),
(13, 'Grace Adebayo', 'personal', 'grace.a@example.com', 'Hull', '2024-11-20', 0),
(14, 'Humber Marine Supplies', 'business', 'orders@humbermarine.co.uk', 'Hull', '2024-12-01', 0),
(15, 'Oliver Grant', 'personal', 'oliver.grant@example.com', 'York', '2024-07-07', 0),
(16, 'Wharfe Valley Wines', 'business', 'cellar@wharfewines.co.uk', 'Leeds', '2023-11-11', 1);
INSERT INTO parcels VALUES
(1, 'TRK240037', 1, 'Laura Bennett', 'M14 5RT', 1, 2, 1200, 4500, 'standard', 0, '2024-10-01 09:12:00', '2024-10-02 11:40:00'),
(2, 'TRK240074', 1, 'Mohammed Ali', 'YO10 3JP', 1, 3, 800, 2999, 'express', 0, '2024-10-03 14:30:00', '2024-10-04 10:15:00'),
(3, 'TRK240111', 4, 'Kieran Walsh', 'LS6 2AB', 2, 1, 2500, 18999, 'next_day', 1, '2024-10-07 16:05:00', '2024-10-08 16:10:00'),
(4, 'TRK240148', 2, 'Helen Fraser', 'S10 2HN', 5, 4, 650, 1599, 'standard', 0, '2024-10-10 11:20:00', '2024-10-12 13:00:00'),
(5, 'TRK240185', 8, 'Craig Summers', 'BD7 1DP', 2, 5, 7200, 12500, 'next_day', 0, '2024-10-14 17:45:00', '2024-10-15 10:20:00'),
(6, 'TRK240222', 10, 'Anna Kowalski', 'YO24 1AA', 4, 3, 5600, 8999, 'standard', 0, '2024-10-18 10:00:00', '2024-10-22 12:30:00'),
(7, 'TRK240259', 3, 'Ruth Simmons', 'LS1 4DY', 3, 1, 400, 1200, 'standard', 0, '2024-10-21 13:15:00', '2024-10-23 11:00:00'),
(8, 'TRK240296', 16, 'Marco Rossi', 'M20 2LP', 1, 2, 9500, 24000, 'express', 1, '2024-10-25 15:40:00', '2024-10-26 15:20:00'),
(9, 'TRK240333', 4, 'Ian Doyle', 'S11 8UT', 2, 4, 1800, 35999, 'next_day', 1, '2024-10-29 18:10:00', '2024-10-31 10:05:00'),
(10, 'TRK240370', 1, 'Fatima Hussain', 'BD9 4QQ', 1, 5, 2100, 5500, 'standard', 0, '2024-11-01 08:55:00', '2024-11-05 11:45:00'),
(11, 'TRK240407', 6, 'Sam Turner', 'M4 1HN', 3, 2, 3400, 4200, 'express', 0, '2024-11-04 12:00:00', '2024-11-05 14:00:00'),
(12, 'TRK240444', 2, 'Joanne Pike', 'LS8 1JR', 5, 1, 950, 2499, 'standard', 0, '2024-11-06 10:30:00', '2024-11-08 10:40:00'),
(13, 'TRK240481', 8, 'Patrick Moore', 'YO31 7EE', 2, 3, 6100, 15999, 'next_day', 0, '2024-11-08 16:20:00', '2024-11-09 09:15:00'),
(14, 'TRK240518', 12, 'Zoe Clarke', 'S2 4SU', 1, 4, 1500, 3000, 'express', 0, '2024-11-11 09:45:00', NULL),
(15, 'TRK240555', 4, 'Tariq Malik', 'HU3 2RA', 2, 6, 3300, 49999, 'next_day', 1, '2024-11-13 17:00:00', '2024-11-14 11:00:00'),
(16, 'TRK240592', 5, 'Linda Graham', 'LS12 3HT', 4, 1, 700, 1000, 'standard', 0, '2024-11-15 14:25:00', '2024-11-20 10:30:00'),
(17, 'TRK240629', 1, 'Ewan Mitchell', 'M15 6BH', 1, 2, 4800, 9900, 'next_day', 0, '2024-11-18 16:50:00', '2024-11-19 10:10:00'),
(18, 'TRK240666', 10, 'Paula Reeves', 'BD3 9LS', 4, 5, 12000, 19900, 'standard', 0, '2024-11-20 11:10:00', NULL),
(19, 'TRK240703', 16, 'Victor Hale', 'YO1 7HH', 1, 3, 2200, 6500, 'express', 1, '2024-11-22 13:35:00', '2024-11-23 11:25:00'),
(20, 'TRK240740', 7, 'Noor Hassan', 'M8 0AE', 5, 2, 300, 800, 'standard', 0, '2024-11-25 10:05:00', NULL),
(21, 'TRK240777', 8, 'Jack Robinson', 'LS4 2PU', 2, 1, 5200, 7500, 'next_day', 0, '2024-11-27 17:30:00', '2024-11-28 09:40:00'),
(22, 'TRK240814', 2, 'Megan Lloyd', 'HU5 3DE', 5, 6, 1100, 2000, 'standard', 0, '2024-11-30 18:45:00', '2024-12-04 09:35:00'),
(23, 'TRK240851', 4, 'Rob Kaur', 'S6 3BJ', 2, 4, 900, 27500, 'express', 1, '2024-12-01 08:05:00', '2024-12-02 11:55:00'),
(24, 'TRK240888', 1, 'Daniel Shaw', 'HU1 1UU', 1, 6, 2700, 6000, 'standard', 0, '2024-12-02 09:20:00', '2024-12-05 14:20:00'),
(25, 'TRK240925', 9, 'Olivia Brooks', 'YO26 5QZ', 1, 3, 500, 1500, 'express', 0, '2024-12-03 12:40:00', '2024-12-04 10:30:00'),
(26, 'TRK240962', 12, 'Harvey Lane', 'M33 7XW', 1, 2, 8300, 11000, 'next_day', 0, '2024-12-05 16:15:00', '2024-12-06 09:55:00'),
(27, 'TRK240999', 4, 'Imogen West', 'LS17 6DG', 2, 1, 1300, 21999, 'express', 1, '2024-12-09 10:50:00', '2024-12-10 14:40:00'),
(28, 'TRK241036', 11, 'George Hill', 'BD18 3LT', 2, 5, 600, 1800, 'standard', 0, '2024-12-11 15:00:00', '2024-12-12 11:30:00'),
(29, 'TRK241073', 8, 'Lucy Ford', 'S17 4PF', 2, 4, 3900, 6800, 'express', 0, '2024-12-13 11:30:00', '2024-12-14 10:45:00'),
(30, 'TRK241110', 6, 'Adam Price', 'LS2 9JT', 3, 1, 2600, 3900, 'standard', 0, '2024-12-16 14:00:00', '2024-12-18 13:30:00'),
(31, 'TRK241147', 15, 'Beth Carter', 'BD1 1NN', 3, 5, 1000, 2500, 'next_day', 0, '2024-12-18 17:20:00', '2024-12-19 15:45:00'),
(32, 'TRK241184', 16, 'Nathan Cole', 'S8 0RB', 1, 4, 11500, 32000, 'standard', 1, '2024-12-20 09:00:00', NULL),
(33, 'TRK241221', 2, 'Yusuf Demir', 'M13 9PL', 5, 2, 1400, 2200, 'express', 0, '2024-12-30 13:10:00', NULL),
(34, 'TRK241258', 10, 'Ellie Ward', 'HU8 7QA', 4, 6, 4400, 7000, 'next_day', 0, '2025-01-03 16:40:00', NULL),
(35, 'TRK241295', 1, 'Chris Young', 'YO32 2NB', 1, 3, 750, 1999, 'standard', 0, '2025-01-06 10:25:00', NULL),
(36, 'TRK241332', 3, 'Sophie Grant', 'M1 2JQ', 3, 2, 5300, 4500, 'express', 0, '2025-01-07 15:55:00', NULL);
INSERT INTO delivery_attempts VALUES
(1, 1, 6, 3, '2024-10-02 11:40:00', 'delivered', NULL),
(2, 2, 5, 5, '2024-10-04 10:15:00', 'delivered', NULL),
(3, 3, 3, 1, '2024-10-08 09:30:00', 'not_home', 'card left'),
(4, 3, 3, 1, '2024-10-08 16:10:00', 'delivered', NULL),
(5, 4, 8, 6, '2024-10-12 13:00:00', 'delivered', NULL),
(6, 5, 11, 7, '2024-10-15 10:20:00', 'delivered', NULL),
(7, 6, 12, 5, '2024-10-22 12:30:00', 'delivered', 'left with neighbour at no. 14'),
(8, 7, 4, 2, '2024-10-23 11:00:00', 'delivered', NULL),
(9, 8, 7, 4, '2024-10-26 15:20:00', 'delivered', NULL),
(10, 9, 9, 6, '2024-10-30 09:50:00', 'not_home', 'card left'),
(11, 9, 8, 6, '2024-10-31 10:05:00', 'delivered', NULL),
(12, 10, 10, 7, '2024-11-05 11:45:00', 'delivered', NULL),
(13, 11, 6, 3, '2024-11-05 14:00:00', 'delivered', NULL),
(14, 12, 1, 2, '2024-11-08 10:40:00', 'delivered', NULL),
(15, 13, 5, 5, '2024-11-09 09:15:00', 'delivered', NULL),
(16, 14, 9, 6, '2024-11-12 15:30:00', 'refused', 'recipient says not ordered'),
(17, 15, 13, 8, '2024-11-14 11:00:00', 'delivered', NULL),
(18, 16, 4, 1, '2024-11-18 13:20:00', 'not_home', 'card left'),
(19, 17, 2, 3, '2024-11-19 10:10:00', 'delivered', NULL),
(20, 16, 4, 1, '2024-11-19 12:00:00', 'not_home', 'card left'),
(21, 16, 3, 1, '2024-11-20 10:30:00', 'delivered', NULL),
(22, 18, 10, 7, '2024-11-22 14:50:00', 'damaged', 'box crushed, returned to depot'),
(23, 19, 12, 5, '2024-11-23 11:25:00', 'delivered', NULL),
(24, 20, 7, 4, '2024-11-27 10:00:00', 'refused', NULL),
(25, 21, 3, 2, '2024-11-28 09:40:00', 'delivered', NULL),
(26, 23, 8, 6, '2024-12-02 11:55:00', 'delivered', NULL),
(27, 22, 13, 8, '2024-12-04 09:35:00', 'delivered', NULL),
(28, 25, 5, 5, '2024-12-04 10:30:00', 'delivered', NULL),
(29, 24, 13, 8, '2024-12-04 15:00:00', 'not_home', 'card left'),
(30, 24, 13, 8, '2024-12-05 14:20:00', 'delivered', NULL),
(31, 26, 6, 4, '2024-12-06 09:55:00', 'delivered', NULL),
(32, 27, 1, 1, '2024-12-10 14:40:00', 'delivered', NULL),
(33, 28, 10, 7, '2024-12-12 11:30:00', 'delivered', NULL),
(34, 29, 9, 6, '2024-12-14 10:45:00', 'delivered', NULL),
(35, 30, 4, 1, '2024-12-18 13:30:00', 'delivered', NULL),
(36, 31, 10, 7, '2024-12-19 09:20:00', 'not_home', 'card left'),
(37, 31, 10, 7, '2024-12-19 15:45:00', 'delivered', NULL),
(38, 32, 8, 6, '2024-12-23 10:10:00', 'not_home', 'card left'),
(39, 32, 9, 6, '2024-12-24 11:00:00', 'not_home', 'card left'),
(40, 33, 7, 3, '2025-01-02 12:30:00', 'not_home', 'card left');
INSERT INTO charges VALUES
(1, 1, 'postage', 599, '2024-10-31', '2024-11-14 09:00:00'),
(2, 2, 'postage', 699, '2024-10-31', '2024-11-14 09:00:00'),
(3, 3, 'postage', 1199, '2024-10-31', '2024-11-20 09:00:00'),
(4, 4, 'postage', 399, '2024-10-31', '2024-11-25 09:00:00'),
(5, 5, 'postage', 1499, '2024-10-31', '2024-11-28 09:00:00'),
(6, 6, 'postage', 899, '2024-10-31', '2024-11-18 09:00:00'),
(7, 7, 'postage', 399, '2024-10-21', '2024-10-21 13:15:00'),
(8, 8, 'postage', 1199, '2024-10-31', '2024-11-12 09:00:00'),
(9, 9, 'postage', 1199, '2024-10-31', '2024-11-20 09:00:00'),
(10, 10, 'postage', 599, '2024-11-30', '2024-12-12 09:00:00'),
(11, 11, 'postage', 899, '2024-11-04', '2024-11-04 12:00:00'),
(12, 12, 'postage', 399, '2024-11-30', NULL),
(13, 13, 'postage', 1499, '2024-11-30', NULL),
(14, 14, 'postage', 899, '2024-11-11', '2024-11-11 09:45:00'),
(15, 15, 'postage', 1199, '2024-11-30', '2024-12-19 09:00:00'),
(16, 16, 'postage', 399, '2024-11-15', '2024-11-15 14:25:00'),
(17, 17, 'postage', 1199, '2024-11-30', '2024-12-12 09:00:00'),
(18, 18, 'postage', 1299, '2024-11-30', '2024-12-17 09:00:00'),
(19, 19, 'postage', 899, '2024-11-30', '2024-12-10 09:00:00'),
(20, 20, 'postage', 399, '2024-11-25', '2024-11-25 10:05:00'),
(21, 21, 'postage', 1499, '2024-11-30', NULL),
(22, 22, 'postage', 599, '2024-11-30', NULL),
(23, 23, 'postage', 699, '2024-12-31', NULL),
(24, 24, 'postage', 599, '2024-12-31', NULL),
(25, 25, 'postage', 699, '2024-12-03', '2024-12-03 12:40:00'),
(26, 26, 'postage', 1499, '2024-12-05', '2024-12-05 16:15:00'),
(27, 27, 'postage', 899, '2024-12-31', NULL),
(28, 28, 'postage', 399, '2024-12-11', '2024-12-11 15:00:00'),
(29, 29, 'postage', 899, '2024-12-31', NULL),
(30, 30, 'postage', 599, '2024-12-16', '2024-12-16 14:00:00'),
(31, 31, 'postage', 1199, '2024-12-18', '2024-12-18 17:20:00'),
(32, 32, 'postage', 1299, '2024-12-31', NULL),
(33, 33, 'postage', 899, '2024-12-31', NULL),
(34, 34, 'postage', 1199, '2025-01-31', NULL),
(35, 35, 'postage', 399, '2025-01-31', NULL),
(36, 36, 'postage', 1199, '2025-01-07', '2025-01-07 15:55:00'),
(37, 16, 'redelivery', 350, '2024-11-20', '2024-11-20 10:45:00'),
(38, 18, 'oversize', 1750, '2024-11-30', '2024-12-17 09:00:00'),
(39, 32, 'oversize', 1500, '2024-12-31', NULL),
(40, 9, 'insurance', 450, '2024-10-31', '2024-11-20 09:00:00');
