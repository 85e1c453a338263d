-- Independent car repair garage with two workshops (NORTH and SOUTH sites).
-- Customers bring in their vehicles; each repair job is done at one workshop by an assigned
-- mechanic and, once finished, quality-checked by a second (inspecting) mechanic. A job that fails
-- its inspection is redone as a new job that points back to it; redo jobs are not invoiced.
PRAGMA foreign_keys = ON;

CREATE TABLE customers (
    customer_id   INTEGER PRIMARY KEY,
    first_name    TEXT NOT NULL,
    last_name     TEXT NOT NULL,
    email         TEXT,                  -- optional, not always given at the counter
    phone         TEXT NOT NULL,
    postcode      TEXT NOT NULL,
    created_on    TEXT NOT NULL          -- 'YYYY-MM-DD'
);

CREATE TABLE vehicles (
    vehicle_id    INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL REFERENCES customers(customer_id),
    registration  TEXT NOT NULL UNIQUE,  -- UK number plate, e.g. 'KX19 LMN'
    make          TEXT NOT NULL,         -- free text as typed at reception (capitalisation varies)
    model         TEXT NOT NULL,
    model_year    INTEGER NOT NULL CHECK (model_year BETWEEN 1980 AND 2026),
    fuel_type     TEXT NOT NULL CHECK (fuel_type IN ('PETROL', 'DIESEL', 'HYBRID', 'ELECTRIC'))
);

CREATE TABLE mechanics (
    mechanic_id   INTEGER PRIMARY KEY,
    full_name     TEXT NOT NULL,
    workshop      TEXT NOT NULL CHECK (workshop IN ('NORTH', 'SOUTH')),  -- home workshop
    grade         TEXT NOT NULL CHECK (grade IN ('APPRENTICE', 'TECHNICIAN', 'MASTER')),
    supervisor_id INTEGER REFERENCES mechanics(mechanic_id),  -- NULL = reports to nobody
    hired_on      TEXT NOT NULL          -- 'YYYY-MM-DD'
);

CREATE TABLE jobs (
    job_id               INTEGER PRIMARY KEY,
    vehicle_id           INTEGER NOT NULL REFERENCES vehicles(vehicle_id),
    workshop             TEXT NOT NULL CHECK (workshop IN ('NORTH', 'SOUTH')),  -- where the work is done
    description          TEXT NOT NULL,
    odometer_miles       INTEGER CHECK (odometer_miles >= 0),  -- NULL if not recorded
    booked_in_at         TEXT NOT NULL,  -- 'YYYY-MM-DD HH:MM', vehicle dropped off
    started_at           TEXT,           -- 'YYYY-MM-DD HH:MM', NULL until work starts
    finished_at          TEXT,           -- 'YYYY-MM-DD HH:MM', NULL while the job is still open
    assigned_mechanic_id INTEGER NOT NULL REFERENCES mechanics(mechanic_id),
    inspected_by_id      INTEGER REFERENCES mechanics(mechanic_id),  -- quality check, NULL until done
    inspection_result    TEXT CHECK (inspection_result IN ('PASS', 'FAIL')),
    redo_of_job_id       INTEGER REFERENCES jobs(job_id),  -- set on a job that redoes a job which FAILed inspection
    CHECK (started_at IS NULL OR started_at >= booked_in_at),
    CHECK (finished_at IS NULL OR (started_at IS NOT NULL AND finished_at >= started_at)),
    CHECK ((inspected_by_id IS NULL) = (inspection_result IS NULL))
);

CREATE TABLE labour_entries (
    entry_id      INTEGER PRIMARY KEY,
    job_id        INTEGER NOT NULL REFERENCES jobs(job_id),
    mechanic_id   INTEGER NOT NULL REFERENCES mechanics(mechanic_id),
    work_date     TEXT NOT NULL,         -- 'YYYY-MM-DD'
    minutes       INTEGER NOT NULL CHECK (minutes > 0)  -- labour time booked, in minutes
);

CREATE TABLE parts (
    part_id          INTEGER PRIMARY KEY,
    sku              TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    category         TEXT NOT NULL CHECK (category IN ('BRAKES', 'FILTERS', 'FLUIDS', 'ENGINE', 'ELECTRICAL', 'BODY', 'TYRES', 'SUSPENSION')),
    unit_price_pence INTEGER NOT NULL CHECK (unit_price_pence > 0)  -- selling price per unit, in pence (GBP)
);

CREATE TABLE job_parts (
    job_id    INTEGER NOT NULL REFERENCES jobs(job_id),
    part_id   INTEGER NOT NULL REFERENCES parts(part_id),
    quantity  INTEGER NOT NULL CHECK (quantity > 0),  -- units fitted (litres for oils/fluids)
    PRIMARY KEY (job_id, part_id)
);

CREATE TABLE invoices (
    invoice_id      INTEGER PRIMARY KEY,
    invoice_number  TEXT NOT NULL UNIQUE,   -- 'INV-YYYY-NNN'
    job_id          INTEGER NOT NULL UNIQUE REFERENCES jobs(job_id),
    issued_on       TEXT NOT NULL,          -- 'YYYY-MM-DD'
    paid_on         TEXT,                   -- 'YYYY-MM-DD', NULL while unpaid
    subtotal_pence  INTEGER NOT NULL CHECK (subtotal_pence >= 0),  -- labour + parts before discount, in pence
    discount_pct    INTEGER NOT NULL DEFAULT 0 CHECK (discount_pct BETWEEN 0 AND 100),  -- percent off the subtotal
    CHECK (paid_on IS NULL OR paid_on >= issued_on)
);

INSERT INTO customers VALUES
 (1,  'James',    'Walker',   'j.walker@example.co.uk',   '07700 900101', 'LS6 2AB',  '2024-11-02'),
 (2,  'Emma',     'Clarke',   'emma.clarke@example.com',  '07700 900102', 'LS17 5QT', '2024-12-10'),
 (3,  'James',    'Walker',   NULL,                       '07700 900347', 'LS11 8PL', '2025-01-20'),
 (4,  'Olivia',   'Bennett',  'OBennett@Example.com',     '07700 900104', 'LS8 1HX',  '2025-01-05'),
 (5,  'Mohammed', 'Ali',      'm.ali@example.net',        '07700 900105', 'LS9 7DD',  '2024-09-14'),
 (6,  'Sophie',   'Turner',   NULL,                       '07700 900106', 'LS12 3RG', '2025-02-01'),
 (7,  'Harry',    'Patel',    'harry.patel@example.com',  '07700 900107', 'LS10 4JJ', '2025-01-28'),
 (8,  'Grace',    'O''Neill', 'grace.oneill@example.ie',  '07700 900108', 'LS7 3AA',  '2025-03-02'),
 (9,  'Jack',     'Thompson', NULL,                       '07700 900109', 'LS15 0BW', '2025-03-15'),
 (10, 'Lucy',     'Wright',   'lucy.wright@example.com',  '07700 900110', 'LS16 6NE', '2025-04-10'),
 (11, 'Noah',     'Green',    'noah.green@example.com',   '07700 900111', 'LS4 2PP',  '2025-06-30'),
 (12, 'Ella',     'Morris',   'ella.m@example.co.uk',     '07700 900112', 'LS13 1TT', '2025-02-11'),
 (13, 'Ruby',     'Shaw',     'ruby.shaw@example.com',    '07700 900113', 'LS18 4LU', '2025-04-22'),
 (14, 'Oscar',    'Hall',     'oscar.hall@example.com',   '07700 900114', 'LS25 2WA', '2025-11-19');

INSERT INTO vehicles VALUES
 (1,  1,  'KX19 LMN', 'Ford',       'Focus',    2019, 'PETROL'),
 (2,  1,  'WR68 TYU', 'Toyota',     'Yaris',    2018, 'HYBRID'),
 (3,  2,  'BD21 PQR', 'Volkswagen', 'Golf',     2021, 'DIESEL'),
 (4,  3,  'LN15 ZXC', 'FORD',       'Fiesta',   2015, 'PETROL'),
 (5,  4,  'YH70 ABC', 'Nissan',     'Qashqai',  2020, 'PETROL'),
 (6,  5,  'MA17 DEF', 'BMW',        '320d',     2017, 'DIESEL'),
 (7,  5,  'MA22 GHI', 'Tesla',      'Model 3',  2022, 'ELECTRIC'),
 (8,  6,  'SF16 JKL', 'Vauxhall',   'Corsa',    2016, 'PETROL'),
 (9,  7,  'GU14 MNO', 'ford',       'Transit',  2014, 'DIESEL'),
 (10, 8,  'EO23 STU', 'Kia',        'Niro',     2023, 'ELECTRIC'),
 (11, 9,  'BV12 VWX', 'Honda',      'Civic',    2012, 'PETROL'),
 (12, 10, 'CE69 YZA', 'Skoda',      'Octavia',  2019, 'DIESEL'),
 (13, 12, 'DL18 BCD', 'Peugeot',    '208',      2018, 'PETROL'),
 (14, 12, 'DL20 EFG', 'Ford',       'Kuga',     2020, 'HYBRID'),
 (15, 13, 'FN11 HIJ', 'MINI',       'Cooper',   2011, 'PETROL'),
 (16, 14, 'HT24 KLM', 'Hyundai',    'i20',      2024, 'PETROL'),
 (17, 6,  'SF09 NOP', 'volkswagen', 'Polo',     2009, 'PETROL');

INSERT INTO mechanics VALUES
 (1, 'Sarah Okafor',  'NORTH', 'MASTER',     NULL, '2016-04-01'),
 (2, 'Tom Berry',     'NORTH', 'TECHNICIAN', 1,    '2019-09-02'),
 (3, 'Priya Nair',    'NORTH', 'TECHNICIAN', 1,    '2020-01-13'),
 (4, 'Liam Doyle',    'NORTH', 'APPRENTICE', 2,    '2024-09-01'),
 (5, 'Gareth Evans',  'SOUTH', 'MASTER',     1,    '2017-06-19'),
 (6, 'Chloe Martin',  'SOUTH', 'TECHNICIAN', 5,    '2021-03-08'),
 (7, 'Dan Fletcher',  'SOUTH', 'TECHNICIAN', 5,    '2018-11-26'),
 (8, 'Aisha Rahman',  'SOUTH', 'APPRENTICE', 6,    '2025-01-06'),
 (9, 'Mark Hughes',   'NORTH', 'TECHNICIAN', NULL, '2023-05-15');

INSERT INTO jobs VALUES
 (1,  1,  'NORTH', 'Annual service',                     41230, '2025-01-08 08:15', '2025-01-08 09:00', '2025-01-08 15:30', 2, 1,    'PASS', NULL),
 (2,  3,  'SOUTH', 'Front brake pads and discs',         18950, '2025-01-14 08:30', '2025-01-14 10:00', '2025-01-14 16:45', 6, 5,    'PASS', NULL),
 (3,  6,  'SOUTH', 'Diesel particulate filter clean',    88410, '2025-01-22 09:00', '2025-01-23 08:30', '2025-01-24 12:00', 7, 5,    'PASS', NULL),
 (4,  9,  'NORTH', 'Clutch replacement',                 NULL,  '2025-02-03 08:00', '2025-02-04 08:30', '2025-02-06 17:00', 3, 1,    'PASS', NULL),
 (5,  4,  'NORTH', 'Service and MOT preparation',        67120, '2025-02-17 08:10', '2025-02-17 08:40', '2025-02-17 12:20', 4, 2,    'PASS', NULL),
 (6,  5,  'SOUTH', 'Battery replacement',                30560, '2025-02-28 16:50', '2025-03-03 08:30', '2025-03-03 10:00', 8, 6,    'PASS', NULL),
 (7,  2,  'NORTH', 'Hybrid system check',                52300, '2025-03-01 08:00', '2025-03-01 09:15', '2025-03-01 13:00', 2, 1,    'PASS', NULL),
 (8,  7,  'SOUTH', 'Replace two front tyres',            21870, '2025-03-12 10:20', '2025-03-12 11:00', '2025-03-12 12:30', 6, 7,    'PASS', NULL),
 (9,  10, 'SOUTH', 'Annual service',                     9840,  '2025-03-20 08:45', '2025-03-20 09:30', '2025-03-20 14:10', 7, 5,    'PASS', NULL),
 (10, 11, 'NORTH', 'Timing belt replacement',            102300,'2025-03-31 17:40', '2025-04-01 08:30', '2025-04-02 15:00', 3, 1,    'FAIL', NULL),
 (11, 8,  'NORTH', 'Rear brake pads',                    74410, '2025-04-01 08:05', '2025-04-01 09:00', '2025-04-01 12:00', 9, 2,    'PASS', NULL),
 (12, 11, 'NORTH', 'Redo: timing belt tension and noise',102350,'2025-04-03 08:00', '2025-04-03 08:30', '2025-04-03 11:00', 2, 3,    'PASS', 10),
 (13, 12, 'SOUTH', 'Annual service',                     35600, '2025-04-15 08:30', '2025-04-15 09:00', '2025-04-15 13:30', 7, 6,    'PASS', NULL),
 (14, 13, 'NORTH', 'Air conditioning regas',             28800, '2025-04-29 09:10', '2025-04-29 10:00', '2025-04-29 11:30', 4, 3,    'PASS', NULL),
 (15, 1,  'NORTH', 'Front brake discs and pads',         47015, '2025-05-06 08:20', '2025-05-06 08:45', '2025-05-06 13:10', 3, 2,    'PASS', NULL),
 (16, 14, 'SOUTH', 'Rear shock absorbers',               25100, '2025-05-19 08:20', '2025-05-19 09:00', '2025-05-20 15:30', 7, 6,    'FAIL', NULL),
 (17, 14, 'SOUTH', 'Redo: shock absorber top mounts',    25130, '2025-05-21 08:00', '2025-05-21 09:00', '2025-05-21 10:00', 6, 5,    'PASS', 16),
 (18, 15, 'NORTH', 'Spark plugs and air filter',         96200, '2025-06-09 08:30', '2025-06-09 09:30', '2025-06-09 12:00', 9, 1,    'PASS', NULL),
 (19, 3,  'SOUTH', 'Interim service',                    27400, '2025-07-01 08:00', '2025-07-01 08:40', '2025-07-01 12:15', 8, 5,    'PASS', NULL),
 (20, 6,  'SOUTH', 'EGR valve replacement',              95020, '2025-08-12 08:10', '2025-08-12 09:00', '2025-08-13 16:20', 5, 7,    'PASS', NULL),
 (21, 2,  'NORTH', 'Annual service',                     58900, '2025-09-03 08:00', '2025-09-03 08:30', '2025-09-03 13:30', 2, 3,    'PASS', NULL),
 (22, 4,  'NORTH', 'Wiper blades',                       79350, '2025-10-14 11:00', '2025-10-14 11:20', '2025-10-14 12:30', 4, 2,    'PASS', NULL),
 (23, 10, 'SOUTH', 'Replace all four tyres',             19020, '2025-11-05 08:40', '2025-11-05 09:00', '2025-11-05 11:30', 6, 7,    'PASS', NULL),
 (24, 5,  'SOUTH', 'Annual service',                     41800, '2025-12-01 08:15', '2025-12-01 08:45', '2025-12-01 13:00', 7, 5,    'PASS', NULL),
 (25, 3,  'NORTH', 'Front brake discs and pads',         36150, '2025-12-18 08:00', '2025-12-18 08:30', '2025-12-18 12:10', 3, 1,    'PASS', NULL),
 (26, 13, 'NORTH', 'Battery and charging fault',         33410, '2026-01-13 08:00', '2026-01-13 08:30', '2026-01-15 16:00', 9, NULL, NULL,   NULL),
 (27, 12, 'SOUTH', 'Gearbox noise diagnosis',            48220, '2026-01-14 08:00', '2026-01-14 13:00', '2026-01-15 09:40', 5, 6,    'PASS', NULL),
 (28, 7,  'SOUTH', 'Charging port fault',                37900, '2026-01-14 08:45', '2026-01-14 09:10', NULL,               6, NULL, NULL,   NULL),
 (29, 8,  'NORTH', 'Annual service',                     NULL,  '2026-01-15 08:00', '2026-01-15 11:15', NULL,               2, NULL, NULL,   NULL),
 (30, 17, 'NORTH', 'Windscreen washer pump',             NULL,  '2026-01-16 08:30', NULL,               NULL,               4, NULL, NULL,   NULL);

INSERT INTO labour_entries VALUES
 (1,  1,  2, '2025-01-08', 300),
 (2,  2,  6, '2025-01-14', 240),
 (3,  2,  8, '2025-01-14', 120),
 (4,  3,  7, '2025-01-23', 420),
 (5,  3,  7, '2025-01-24', 150),
 (6,  4,  3, '2025-02-04', 420),
 (7,  4,  3, '2025-02-05', 360),
 (8,  4,  8, '2025-02-06', 240),
 (9,  4,  3, '2025-02-06', 120),
 (10, 5,  4, '2025-02-17', 180),
 (11, 6,  8, '2025-03-03', 75),
 (12, 7,  2, '2025-03-01', 200),
 (13, 8,  6, '2025-03-12', 80),
 (14, 9,  7, '2025-03-20', 240),
 (15, 10, 3, '2025-04-01', 420),
 (16, 10, 4, '2025-04-02', 300),
 (17, 11, 9, '2025-04-01', 165),
 (18, 12, 2, '2025-04-03', 135),
 (19, 13, 7, '2025-04-15', 210),
 (20, 14, 4, '2025-04-29', 90),
 (21, 15, 3, '2025-05-06', 240),
 (22, 16, 7, '2025-05-19', 180),
 (23, 16, 7, '2025-05-20', 120),
 (24, 17, 6, '2025-05-21', 60),
 (25, 18, 9, '2025-06-09', 150),
 (26, 19, 8, '2025-07-01', 150),
 (27, 19, 6, '2025-07-01', 45),
 (28, 20, 5, '2025-08-12', 360),
 (29, 20, 9, '2025-08-13', 195),
 (30, 20, 7, '2025-08-13', 215),
 (31, 21, 2, '2025-09-03', 270),
 (32, 22, 4, '2025-10-14', 60),
 (33, 23, 6, '2025-11-05', 120),
 (34, 24, 7, '2025-12-01', 225),
 (35, 25, 3, '2025-12-18', 200),
 (36, 26, 9, '2026-01-13', 300),
 (37, 26, 9, '2026-01-15', 200),
 (38, 27, 5, '2026-01-14', 150),
 (39, 28, 6, '2026-01-14', 240);

INSERT INTO parts VALUES
 (1,  'BRK-PAD-F', 'Front brake pads (set)',         'BRAKES',     3450),
 (2,  'BRK-DSC-F', 'Front brake discs (pair)',       'BRAKES',     6899),
 (3,  'FLD-BRK1',  'Brake fluid DOT4 (1 litre)',     'FLUIDS',     1299),
 (4,  'FLT-OIL',   'Oil filter',                     'FILTERS',    899),
 (5,  'FLT-AIR',   'Air filter',                     'FILTERS',    1450),
 (6,  'FLT-CAB',   'Cabin pollen filter',            'FILTERS',    1199),
 (7,  'OIL-5W30',  'Engine oil 5W-30 (1 litre)',     'FLUIDS',     950),
 (8,  'ENG-SPK',   'Spark plug',                     'ENGINE',     675),
 (9,  'ELE-BAT70', '12V battery 70Ah',               'ELECTRICAL', 11900),
 (10, 'BOD-WPR',   'Wiper blade',                    'BODY',       1250),
 (11, 'TYR-20555', 'Tyre 205/55 R16',                'TYRES',      7800),
 (12, 'SUS-SHK-R', 'Rear shock absorber',            'SUSPENSION', 5600),
 (13, 'ENG-TBK',   'Timing belt kit',                'ENGINE',     18950),
 (14, 'ELE-H7',    'H7 headlamp bulb',               'ELECTRICAL', 2500);

INSERT INTO job_parts VALUES
 (1,  4, 1), (1,  7, 4), (1,  5, 1),
 (2,  1, 1), (2,  2, 1), (2,  3, 1),
 (5,  10, 2), (5,  6, 1), (5,  8, 2),
 (6,  9, 1),
 (7,  6, 1),
 (8,  11, 2),
 (9,  4, 1), (9,  7, 5), (9,  6, 1),
 (10, 13, 1),
 (11, 1, 1),
 (13, 4, 1), (13, 7, 4), (13, 5, 1),
 (15, 1, 1), (15, 2, 1), (15, 3, 1),
 (16, 12, 2),
 (18, 8, 4), (18, 5, 1),
 (19, 4, 1), (19, 7, 4),
 (21, 4, 1), (21, 7, 4), (21, 6, 1),
 (22, 10, 2),
 (23, 11, 4),
 (24, 4, 1), (24, 7, 5),
 (25, 2, 1), (25, 1, 1),
 (26, 9, 1),
 (29, 4, 1);

INSERT INTO invoices VALUES
 (1,  'INV-2025-001', 1,  '2025-01-08', '2025-01-10', 31850,  0),
 (2,  'INV-2025-002', 2,  '2025-01-14', '2025-01-20', 52400,  20),
 (3,  'INV-2025-003', 3,  '2025-01-24', '2025-03-10', 78500,  10),
 (4,  'INV-2025-004', 4,  '2025-02-07', '2025-03-09', 142000, 5),
 (5,  'INV-2025-005', 5,  '2025-02-17', '2025-02-17', 29900,  0),
 (6,  'INV-2025-006', 7,  '2025-03-01', '2025-04-01', 26500,  0),
 (7,  'INV-2025-007', 6,  '2025-03-03', '2025-03-04', 21300,  0),
 (8,  'INV-2025-008', 8,  '2025-03-12', '2025-03-12', 25600,  15),
 (9,  'INV-2025-009', 9,  '2025-03-20', '2025-03-28', 36200,  0),
 (10, 'INV-2025-010', 11, '2025-04-01', '2025-04-02', 24100,  0),
 (11, 'INV-2025-011', 10, '2025-04-03', '2025-04-30', 118500, 20),
 (12, 'INV-2025-012', 13, '2025-04-16', '2025-06-02', 33800,  0),
 (13, 'INV-2025-013', 14, '2025-04-29', '2025-05-01', 11250,  0),
 (14, 'INV-2025-014', 15, '2025-05-06', '2025-05-06', 64700,  10),
 (15, 'INV-2025-015', 16, '2025-05-21', '2025-05-23', 49700,  0),
 (16, 'INV-2025-016', 18, '2025-06-10', '2025-06-11', 26900,  0),
 (17, 'INV-2025-017', 19, '2025-07-01', '2025-07-15', 29800,  0),
 (18, 'INV-2025-018', 20, '2025-08-14', '2025-10-01', 98600,  0),
 (19, 'INV-2025-019', 21, '2025-09-03', NULL,         34900,  0),
 (20, 'INV-2025-020', 22, '2025-10-14', '2025-10-14', 14700,  0),
 (21, 'INV-2025-021', 23, '2025-11-05', '2025-11-20', 39200,  5),
 (22, 'INV-2025-022', 24, '2025-12-01', NULL,         36800,  0),
 (23, 'INV-2025-023', 25, '2025-12-19', '2026-01-09', 58500,  0),
 (24, 'INV-2026-001', 27, '2026-01-15', NULL,         18750,  0);
