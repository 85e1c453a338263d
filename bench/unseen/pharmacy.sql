CREATE TABLE staff (
  staff_id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('pharmacist', 'technician', 'dispensing_assistant')),
  gphc_number TEXT UNIQUE, -- General Pharmaceutical Council registration number; NULL for dispensing assistants (not registered)
  started_on TEXT NOT NULL -- 'YYYY-MM-DD' first day working at this pharmacy
);
CREATE TABLE prescribers (
  prescriber_id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('GP', 'nurse_prescriber', 'dentist', 'consultant')),
  practice_name TEXT NOT NULL, -- surgery, dental practice or hospital clinic the prescriber works from
  professional_reg_no TEXT NOT NULL UNIQUE -- GMC / NMC / GDC number
);
CREATE TABLE patients (
  patient_id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  date_of_birth TEXT NOT NULL, -- 'YYYY-MM-DD'
  postcode TEXT NOT NULL,
  phone TEXT, -- NULL = no number on file
  exemption_code TEXT CHECK (exemption_code IN ('over_60', 'under_16', 'maternity', 'medical', 'prepayment', 'low_income')) -- reason the patient does not pay NHS prescription charges; NULL = no exemption recorded (patient pays the charge)
);
CREATE TABLE drugs (
  drug_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL, -- generic name; the same name can appear in several strengths
  form TEXT NOT NULL CHECK (form IN ('tablet', 'capsule', 'inhaler', 'cream')),
  strength_mg REAL, -- active ingredient per unit (tablet, capsule or inhaler puff) in milligrams; NULL for creams (strength given as a percentage)
  is_controlled INTEGER NOT NULL DEFAULT 0 CHECK (is_controlled IN (0, 1)), -- 1 = controlled drug (CD register entry and CD cabinet storage required)
  unit_cost_pence INTEGER NOT NULL CHECK (unit_cost_pence > 0), -- what the pharmacy pays the wholesaler per unit (tablet, capsule, inhaler or tube), in pence
  reorder_level INTEGER NOT NULL, -- reorder when usable stock falls below this many units
  UNIQUE (name, form, strength_mg)
);
CREATE TABLE stock_batches (
  batch_id INTEGER PRIMARY KEY,
  drug_id INTEGER NOT NULL REFERENCES drugs(drug_id),
  batch_code TEXT NOT NULL UNIQUE, -- manufacturer's lot number printed on the pack
  expiry_date TEXT NOT NULL, -- 'YYYY-MM-DD' last day the batch may be supplied (it is expired from the following day)
  quantity_on_hand INTEGER NOT NULL CHECK (quantity_on_hand >= 0), -- units currently on the shelf
  received_on TEXT NOT NULL -- 'YYYY-MM-DD' delivery date
);
CREATE TABLE prescriptions (
  prescription_id INTEGER PRIMARY KEY,
  patient_id INTEGER NOT NULL REFERENCES patients(patient_id),
  prescriber_id INTEGER NOT NULL REFERENCES prescribers(prescriber_id),
  drug_id INTEGER NOT NULL REFERENCES drugs(drug_id),
  issued_on TEXT NOT NULL, -- 'YYYY-MM-DD' date the prescriber signed it
  quantity_per_fill INTEGER NOT NULL CHECK (quantity_per_fill > 0), -- units to supply each time it is filled
  refills_allowed INTEGER NOT NULL DEFAULT 0 CHECK (refills_allowed >= 0), -- repeat fills allowed AFTER the first fill (0 = can be filled once only)
  is_private INTEGER NOT NULL DEFAULT 0 CHECK (is_private IN (0, 1)), -- 1 = private prescription: patient pays the private price, NHS exemptions do not apply
  directions TEXT -- dosage instructions printed on the label
);
CREATE TABLE dispensings (
  dispensing_id INTEGER PRIMARY KEY,
  prescription_id INTEGER NOT NULL REFERENCES prescriptions(prescription_id),
  batch_id INTEGER REFERENCES stock_batches(batch_id), -- batch the units were picked from; NULL if cancelled before picking
  checked_by INTEGER REFERENCES staff(staff_id), -- pharmacist who did the final accuracy check; NULL if cancelled before the check
  dispensed_at TEXT NOT NULL, -- 'YYYY-MM-DD HH:MM:SS' local time the fill was made up
  quantity INTEGER NOT NULL CHECK (quantity > 0), -- units supplied (or that would have been supplied)
  charge_pence INTEGER NOT NULL CHECK (charge_pence >= 0), -- amount charged to the patient for this fill in pence: NHS charge, private price, or 0 when exempt
  status TEXT NOT NULL CHECK (status IN ('awaiting_collection', 'collected', 'returned', 'cancelled')) -- returned = collected then brought back and refunded; cancelled = never handed over and does not use up a fill
);

INSERT INTO staff VALUES
(1, 'Priya', 'Shah', 'pharmacist', '2071234', '2016-04-01'),
(2, 'Tom', 'Walsh', 'pharmacist', '2089911', '2019-09-02'),
(3, 'Grace', 'Okafor', 'technician', '5012345', '2020-01-13'),
(4, 'Liam', 'Byrne', 'dispensing_assistant', NULL, '2023-06-05'),
(5, 'Nadia', 'Rahman', 'pharmacist', '2110456', '2025-01-20'),
(6, 'Owen', 'Price', 'technician', '5019876', '2024-08-12'),
(7, 'Megan', 'Hall', 'dispensing_assistant', NULL, '2024-02-19'),
(8, 'Yusuf', 'Ali', 'technician', '5023344', '2021-05-10');

INSERT INTO prescribers VALUES
(1, 'Sarah', 'Ahmed', 'GP', 'Riverside Surgery', 'GMC 6012345'),
(2, 'James', 'Lee', 'GP', 'Riverside Surgery', 'GMC 7023456'),
(3, 'Mary', 'O''Neill', 'GP', 'Hillview Medical Centre', 'GMC 5034567'),
(4, 'Anna', 'Kowalski', 'nurse_prescriber', 'Hillview Medical Centre', 'NMC 09A1234E'),
(5, 'Robert', 'Hughes', 'dentist', 'Bright Smile Dental', 'GDC 112233'),
(6, 'Fatima', 'Malik', 'consultant', 'City Hospital Pain Clinic', 'GMC 4045678'),
(7, 'Peter', 'Grant', 'GP', 'Hillview Medical Centre', 'GMC 7056789'),
(8, 'Chloe', 'Evans', 'GP', 'Riverside Surgery', 'GMC 7067890');

INSERT INTO patients VALUES
(1, 'Margaret', 'Wilson', '1948-05-12', 'LS6 2AB', '0113 496 0101', 'over_60'),
(2, 'David', 'Brown', '1985-09-30', 'LS6 3CD', '07700 900201', NULL),
(3, 'Aisha', 'Khan', '1992-02-14', 'LS4 1EF', '07700 900302', 'maternity'),
(4, 'George', 'Taylor', '1965-03-01', 'LS6 4GH', NULL, NULL),
(5, 'Emily', 'Clarke', '2012-07-19', 'LS5 2JK', '0113 496 0505', 'under_16'),
(6, 'Samuel', 'Green', '1965-03-02', 'LS6 1LM', '07700 900606', NULL),
(7, 'Olivia', 'Martin', '1978-11-03', 'LS4 3NP', '07700 900707', 'prepayment'),
(8, 'Harry', 'Robinson', '1958-08-21', 'LS5 4QR', '0113 496 0808', NULL),
(9, 'Zainab', 'Hussain', '1990-06-06', 'LS6 5ST', '07700 900909', 'medical'),
(10, 'Jack', 'Thompson', '2001-01-25', 'LS4 2UV', NULL, NULL),
(11, 'Ruth', 'Davies', '1955-12-31', 'LS6 6WX', '0113 496 1111', 'over_60'),
(12, 'Michael', 'Evans', '1983-04-17', 'LS5 1YZ', '07700 901212', NULL),
(13, 'Sophie', 'Turner', '1999-10-10', 'LS6 7AB', '07700 901313', NULL),
(14, 'Arthur', 'Bell', '1965-12-15', 'LS4 5CD', NULL, NULL);

INSERT INTO drugs VALUES
(1, 'Amoxicillin', 'capsule', 500, 0, 5, 200),
(2, 'Paracetamol', 'tablet', 500, 0, 1, 500),
(3, 'Metformin', 'tablet', 500, 0, 2, 300),
(4, 'Metformin', 'tablet', 1000, 0, 4, 100),
(5, 'Atorvastatin', 'tablet', 20, 0, 3, 200),
(6, 'Morphine sulfate MR', 'tablet', 10, 1, 25, 60),
(7, 'Oxycodone', 'capsule', 5, 1, 30, 56),
(8, 'Diazepam', 'tablet', 5, 1, 2, 100),
(9, 'Sertraline', 'tablet', 50, 0, 3, 150),
(10, 'Salbutamol', 'inhaler', 0.1, 0, 150, 10),
(11, 'Levothyroxine', 'tablet', 0.1, 0, 2, 200),
(12, 'Methylphenidate', 'tablet', 10, 1, 20, 60),
(13, 'Ibuprofen', 'tablet', 400, 0, 2, 300),
(14, 'Hydrocortisone 1%', 'cream', NULL, 0, 250, 5),
(15, 'Clarithromycin', 'tablet', 250, 0, 12, 50),
(16, 'Omeprazole', 'capsule', 20, 0, 3, 100);

INSERT INTO stock_batches VALUES
(1, 1, 'AMX-2407A', '2025-02-28', 40, '2024-07-10'),
(2, 1, 'AMX-2411C', '2025-11-30', 300, '2024-11-20'),
(3, 2, 'PCM-2403', '2025-03-01', 100, '2024-03-15'),
(4, 2, 'PCM-2410', '2026-10-31', 800, '2024-10-08'),
(5, 3, 'MET5-2405', '2025-04-30', 120, '2024-05-21'),
(6, 3, 'MET5-2409', '2025-04-30', 200, '2024-09-17'),
(7, 4, 'MET10-2408', '2026-08-31', 60, '2024-08-29'),
(8, 5, 'ATV-2406', '2025-05-31', 0, '2024-06-11'),
(9, 5, 'ATV-2410', '2026-09-30', 250, '2024-10-22'),
(10, 6, 'MOR-2406', '2025-06-30', 40, '2024-06-25'),
(11, 7, 'OXY-2402', '2025-02-14', 30, '2024-02-20'),
(12, 7, 'OXY-2409', '2026-03-31', 28, '2024-09-30'),
(13, 8, 'DZP-2405', '2026-05-31', 150, '2024-05-14'),
(14, 9, 'SER-2401', '2025-03-31', 60, '2024-01-30'),
(15, 9, 'SER-2408', '2026-07-31', 90, '2024-08-06'),
(16, 10, 'SAL-2409', '2026-02-28', 12, '2024-09-03'),
(17, 11, 'LEV-2410', '2026-10-31', 300, '2024-10-15'),
(18, 12, 'MPH-2411', '2026-11-30', 30, '2024-11-26'),
(19, 13, 'IBU-2404', '2025-04-01', 150, '2024-04-09'),
(20, 13, 'IBU-2410', '2026-10-31', 400, '2024-10-01'),
(21, 14, 'HC-2407', '2025-07-31', 6, '2024-07-16'),
(22, 15, 'CLA-2408', '2026-08-31', 70, '2024-08-20'),
(23, 11, 'LEV-2402', '2025-01-31', 0, '2024-02-13');

INSERT INTO prescriptions VALUES
(1, 1, 1, 5, '2024-12-10', 28, 5, 0, 'One tablet at night'),
(2, 1, 1, 11, '2025-01-06', 28, 5, 0, 'One tablet each morning before breakfast'),
(3, 2, 2, 1, '2025-01-20', 21, 0, 0, 'One capsule three times a day until finished'),
(4, 3, 4, 2, '2025-02-03', 32, 1, 0, 'Two tablets up to four times a day when needed'),
(5, 4, 3, 3, '2025-01-08', 56, 2, 0, 'One tablet twice a day with food'),
(6, 5, 8, 10, '2025-01-15', 1, 2, 0, 'Two puffs when needed'),
(7, 6, 6, 6, '2025-01-28', 56, 0, 1, 'One tablet every 12 hours'),
(8, 6, 3, 8, '2025-02-10', 14, 0, 0, 'One tablet at night when needed'),
(9, 7, 2, 9, '2025-01-09', 28, 3, 0, 'One tablet daily'),
(10, 8, 6, 7, '2025-02-17', 28, 0, 1, 'One capsule every 6 hours when needed'),
(11, 8, 6, 6, '2025-03-10', 56, 0, 1, 'One tablet every 12 hours'),
(12, 9, 5, 1, '2025-03-03', 15, 0, 0, 'One capsule three times a day for 5 days'),
(13, 10, 8, 12, '2025-02-05', 30, 0, 0, 'One tablet each morning'),
(14, 10, 4, 13, '2025-03-20', 24, 1, 0, 'One tablet three times a day with food'),
(15, 11, 3, 4, '2025-02-12', 56, 3, 0, 'One tablet twice a day with food'),
(16, 12, 2, 13, '2025-03-14', 24, 0, 0, 'One tablet three times a day with food'),
(17, 2, 1, 14, '2025-03-25', 1, 0, 0, 'Apply thinly twice a day'),
(18, 9, 3, 8, '2025-03-27', 10, 0, 0, 'One tablet before the flight'),
(19, 3, 1, 9, '2025-03-05', 28, 2, 0, 'One tablet daily'),
(20, 11, 1, 5, '2025-04-02', 28, 5, 0, 'One tablet at night'),
(21, 7, 2, 2, '2024-12-30', 32, 0, 0, 'Two tablets up to four times a day when needed'),
(22, 4, 1, 5, '2025-02-20', 28, 5, 0, 'One tablet at night');

INSERT INTO dispensings VALUES
(1, 1, 8, 1, '2024-12-12 16:20:00', 28, 0, 'collected'),
(2, 21, 3, 2, '2024-12-30 16:40:00', 32, 0, 'collected'),
(3, 2, 17, 1, '2025-01-06 15:30:00', 28, 0, 'collected'),
(4, 5, 5, 2, '2025-01-08 12:20:00', 56, 990, 'collected'),
(5, 9, 14, 2, '2025-01-09 09:45:00', 28, 0, 'collected'),
(6, 1, 8, 1, '2025-01-09 11:05:00', 28, 0, 'collected'),
(7, 6, 16, 1, '2025-01-15 17:55:00', 1, 0, 'collected'),
(8, 3, 1, 2, '2025-01-20 13:10:00', 21, 990, 'collected'),
(9, 7, 10, 1, '2025-01-31 23:48:00', 56, 1875, 'collected'),
(10, 9, 14, 2, '2025-02-01 00:07:00', 28, 0, 'collected'),
(11, 4, 3, 2, '2025-02-03 14:00:00', 32, 0, 'collected'),
(12, 5, 5, 1, '2025-02-05 10:30:00', 56, 990, 'collected'),
(13, 13, 18, 1, '2025-02-06 11:11:00', 30, 990, 'collected'),
(14, 8, 13, 2, '2025-02-10 18:25:00', 14, 990, 'returned'),
(15, 15, 7, 1, '2025-02-12 16:45:00', 56, 0, 'collected'),
(16, 10, 12, 2, '2025-02-17 12:00:00', 28, 2340, 'collected'),
(17, 22, 9, 2, '2025-02-20 10:40:00', 28, 990, 'collected'),
(18, 5, 6, 1, '2025-02-28 21:30:00', 56, 990, 'collected'),
(19, 9, 15, 1, '2025-03-01 09:05:00', 28, 0, 'collected'),
(20, 4, NULL, NULL, '2025-03-02 10:00:00', 32, 0, 'cancelled'),
(21, 12, 2, 2, '2025-03-03 17:30:00', 15, 0, 'collected'),
(22, 11, 10, 2, '2025-03-10 19:20:00', 56, 3150, 'collected'),
(23, 16, NULL, NULL, '2025-03-14 11:00:00', 24, 990, 'cancelled'),
(24, 9, 15, 2, '2025-03-24 11:30:00', 28, 0, 'collected'),
(25, 22, 9, 1, '2025-03-31 23:55:00', 28, 990, 'awaiting_collection');
