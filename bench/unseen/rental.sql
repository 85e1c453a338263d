CREATE TABLE branches (
  branch_id INTEGER PRIMARY KEY,
  city TEXT NOT NULL,
  opened_on DATE NOT NULL
);
CREATE TABLE cars (
  car_id INTEGER PRIMARY KEY,
  plate TEXT NOT NULL UNIQUE,
  make TEXT NOT NULL,
  model TEXT NOT NULL,
  car_class TEXT NOT NULL CHECK (car_class IN ('economy', 'compact', 'suv', 'van')),
  daily_rate REAL NOT NULL, -- in US dollars
  home_branch_id INTEGER NOT NULL REFERENCES branches(branch_id),
  is_electric INTEGER NOT NULL DEFAULT 0 -- 1 = electric
);
CREATE TABLE customers (
  customer_id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  birth_date DATE NOT NULL,
  loyalty_tier TEXT NOT NULL DEFAULT 'none' -- none, silver, gold
);
CREATE TABLE rentals (
  rental_id INTEGER PRIMARY KEY,
  car_id INTEGER NOT NULL REFERENCES cars(car_id),
  customer_id INTEGER NOT NULL REFERENCES customers(customer_id),
  pickup_branch_id INTEGER NOT NULL REFERENCES branches(branch_id),
  return_branch_id INTEGER REFERENCES branches(branch_id),
  picked_up_on DATE NOT NULL,
  returned_on DATE, -- NULL while the car is still out
  km_out INTEGER NOT NULL,
  km_in INTEGER
);
CREATE TABLE damage_reports (
  report_id INTEGER PRIMARY KEY,
  rental_id INTEGER NOT NULL REFERENCES rentals(rental_id),
  reported_on DATE NOT NULL,
  description TEXT NOT NULL,
  repair_cost REAL -- in US dollars; NULL until assessed
);

INSERT INTO branches VALUES (1, 'Denver', '2015-04-01');
INSERT INTO branches VALUES (2, 'Austin', '2017-09-15');
INSERT INTO branches VALUES (3, 'Seattle', '2019-03-01');
INSERT INTO branches VALUES (4, 'Phoenix', '2022-06-20');
INSERT INTO cars VALUES (1, 'CK817', 'Tesla', 'Model 3', 'compact', 79.0, 2, 1);
INSERT INTO cars VALUES (2, 'CR436', 'Ford', 'Explorer', 'suv', 89.0, 3, 0);
INSERT INTO cars VALUES (3, 'BK183', 'Tesla', 'Model 3', 'compact', 79.0, 3, 1);
INSERT INTO cars VALUES (4, 'CP649', 'Mercedes', 'Sprinter', 'van', 120.0, 2, 0);
INSERT INTO cars VALUES (5, 'DN546', 'Toyota', 'Corolla', 'compact', 45.0, 2, 0);
INSERT INTO cars VALUES (6, 'DL486', 'Kia', 'Picanto', 'economy', 32.0, 4, 0);
INSERT INTO cars VALUES (7, 'HM510', 'Mercedes', 'Sprinter', 'van', 120.0, 2, 0);
INSERT INTO cars VALUES (8, 'EP398', 'Nissan', 'Leaf', 'economy', 49.0, 3, 1);
INSERT INTO cars VALUES (9, 'AR955', 'Tesla', 'Model 3', 'compact', 79.0, 1, 1);
INSERT INTO cars VALUES (10, 'BP273', 'Nissan', 'Leaf', 'economy', 49.0, 1, 1);
INSERT INTO cars VALUES (11, 'DM225', 'Toyota', 'Corolla', 'compact', 45.0, 1, 0);
INSERT INTO cars VALUES (12, 'GR964', 'Nissan', 'Leaf', 'economy', 49.0, 4, 1);
INSERT INTO cars VALUES (13, 'BL983', 'Mercedes', 'Sprinter', 'van', 120.0, 1, 0);
INSERT INTO cars VALUES (14, 'HR763', 'Nissan', 'Leaf', 'economy', 49.0, 2, 1);
INSERT INTO cars VALUES (15, 'FN430', 'Toyota', 'Corolla', 'compact', 45.0, 4, 0);
INSERT INTO cars VALUES (16, 'CK975', 'Nissan', 'Leaf', 'economy', 49.0, 1, 1);
INSERT INTO customers VALUES (1, 'Ava', 'Miller', '1986-03-26', 'gold');
INSERT INTO customers VALUES (2, 'Ben', 'Garcia', '1985-04-06', 'gold');
INSERT INTO customers VALUES (3, 'Chloe', 'Davis', '1996-05-21', 'silver');
INSERT INTO customers VALUES (4, 'Dan', 'Jones', '1966-12-11', 'silver');
INSERT INTO customers VALUES (5, 'Emma', 'Miller', '1989-09-30', 'none');
INSERT INTO customers VALUES (6, 'Felix', 'Lopez', '1972-10-30', 'silver');
INSERT INTO customers VALUES (7, 'Grace', 'Brown', '1987-08-25', 'gold');
INSERT INTO customers VALUES (8, 'Hank', 'Jones', '1981-07-11', 'none');
INSERT INTO customers VALUES (9, 'Iris', 'Brown', '1998-06-26', 'none');
INSERT INTO customers VALUES (10, 'Jack', 'Brown', '1993-03-29', 'none');
INSERT INTO customers VALUES (11, 'Kate', 'Brown', '1966-08-24', 'silver');
INSERT INTO customers VALUES (12, 'Liam', 'Smith', '1991-12-19', 'silver');
INSERT INTO customers VALUES (13, 'Mia', 'Brown', '1986-08-23', 'none');
INSERT INTO customers VALUES (14, 'Noah', 'Garcia', '1984-12-12', 'none');
INSERT INTO customers VALUES (15, 'Olivia', 'Davis', '1990-01-22', 'silver');
INSERT INTO customers VALUES (16, 'Pete', 'Davis', '1961-03-18', 'silver');
INSERT INTO rentals VALUES (1, 1, 12, 2, 2, '2025-01-14', '2025-01-21', 24800, 25080);
INSERT INTO rentals VALUES (2, 2, 2, 3, NULL, '2024-02-08', NULL, 27557, NULL);
INSERT INTO rentals VALUES (3, 3, 5, 3, 3, '2024-09-11', '2024-09-22', 43264, 45243);
INSERT INTO rentals VALUES (4, 1, 12, 2, 2, '2025-02-14', '2025-02-26', 69968, 71604);
INSERT INTO rentals VALUES (5, 2, 2, 3, NULL, '2024-02-22', NULL, 36462, NULL);
INSERT INTO rentals VALUES (6, 3, 7, 3, NULL, '2024-07-28', NULL, 23295, NULL);
INSERT INTO rentals VALUES (7, 12, 9, 4, 4, '2024-09-08', '2024-09-14', 47280, 48698);
INSERT INTO rentals VALUES (8, 2, 6, 3, 3, '2025-01-02', '2025-01-07', 38013, 38382);
INSERT INTO rentals VALUES (9, 10, 6, 1, 1, '2025-01-28', '2025-02-10', 12891, 13356);
INSERT INTO rentals VALUES (10, 3, 7, 3, 3, '2025-03-29', '2025-04-10', 18773, 21176);
INSERT INTO rentals VALUES (11, 14, 11, 2, 3, '2025-07-06', '2025-07-12', 84535, 86623);
INSERT INTO rentals VALUES (12, 4, 6, 2, 2, '2024-04-19', '2024-04-21', 51099, 52653);
INSERT INTO rentals VALUES (13, 6, 10, 4, 4, '2024-05-20', '2024-05-25', 11992, 12427);
INSERT INTO rentals VALUES (14, 16, 14, 1, 1, '2024-09-07', '2024-09-14', 9953, 10055);
INSERT INTO rentals VALUES (15, 7, 10, 2, 2, '2024-08-14', '2024-08-16', 46841, 48755);
INSERT INTO rentals VALUES (16, 14, 4, 2, 3, '2024-10-05', '2024-10-16', 76100, 77902);
INSERT INTO rentals VALUES (17, 7, 6, 2, 4, '2024-09-19', '2024-09-20', 67987, 68475);
INSERT INTO rentals VALUES (18, 14, 1, 2, 2, '2024-02-10', '2024-02-17', 15583, 16317);
INSERT INTO rentals VALUES (19, 13, 7, 1, 1, '2024-11-18', '2024-11-27', 39811, 39878);
INSERT INTO rentals VALUES (20, 8, 4, 3, 3, '2024-05-21', '2024-06-02', 46750, 47677);
INSERT INTO rentals VALUES (21, 1, 12, 2, 2, '2024-01-09', '2024-01-17', 10482, 12489);
INSERT INTO rentals VALUES (22, 2, 12, 3, 3, '2025-08-12', '2025-08-16', 57070, 58983);
INSERT INTO rentals VALUES (23, 6, 5, 4, 4, '2025-06-14', '2025-06-15', 73382, 73744);
INSERT INTO rentals VALUES (24, 9, 3, 1, 1, '2024-03-14', '2024-03-18', 53601, 53814);
INSERT INTO rentals VALUES (25, 16, 10, 1, 1, '2024-05-26', '2024-06-09', 56074, 57512);
INSERT INTO rentals VALUES (26, 13, 7, 1, 1, '2024-02-14', '2024-02-23', 85894, 87834);
INSERT INTO rentals VALUES (27, 5, 8, 2, 3, '2025-06-16', '2025-06-27', 87050, 89334);
INSERT INTO rentals VALUES (28, 11, 13, 1, 1, '2025-07-14', '2025-07-24', 50011, 50816);
INSERT INTO rentals VALUES (29, 10, 14, 1, 1, '2024-08-20', '2024-08-25', 51991, 53026);
INSERT INTO rentals VALUES (30, 11, 13, 1, 1, '2024-10-28', '2024-11-01', 15983, 18479);
INSERT INTO rentals VALUES (31, 10, 14, 1, 1, '2025-06-06', '2025-06-10', 69328, 71156);
INSERT INTO rentals VALUES (32, 6, 12, 4, 4, '2024-03-09', '2024-03-20', 28116, 29323);
INSERT INTO rentals VALUES (33, 5, 10, 2, 2, '2024-11-09', '2024-11-15', 24490, 25370);
INSERT INTO rentals VALUES (34, 11, 2, 1, 3, '2024-09-17', '2024-09-30', 16703, 17125);
INSERT INTO rentals VALUES (35, 12, 14, 4, 3, '2024-04-06', '2024-04-13', 31359, 33321);
INSERT INTO rentals VALUES (36, 4, 5, 2, 2, '2024-12-05', '2024-12-09', 77223, 77385);
INSERT INTO rentals VALUES (37, 2, 10, 3, 3, '2024-08-20', '2024-08-23', 25126, 25992);
INSERT INTO rentals VALUES (38, 3, 1, 3, 3, '2025-04-30', '2025-05-11', 19958, 20084);
INSERT INTO rentals VALUES (39, 11, 1, 1, 1, '2025-02-13', '2025-02-26', 54404, 56615);
INSERT INTO rentals VALUES (40, 12, 4, 4, 4, '2025-03-19', '2025-03-24', 61287, 63705);
INSERT INTO damage_reports VALUES (1, 1, '2025-01-21', 'dent in bumper', 320.5);
INSERT INTO damage_reports VALUES (2, 9, '2025-02-10', 'cracked windshield', 150.0);
INSERT INTO damage_reports VALUES (3, 26, '2024-02-23', 'dent in bumper', 320.5);
INSERT INTO damage_reports VALUES (4, 28, '2025-07-24', 'interior stain', 150.0);
INSERT INTO damage_reports VALUES (5, 31, '2025-06-10', 'scratch on door', NULL);
INSERT INTO damage_reports VALUES (6, 32, '2024-03-20', 'interior stain', NULL);
INSERT INTO damage_reports VALUES (7, 34, '2024-09-30', 'interior stain', 800.0);
