-- Citizen-science bird survey: volunteers submit checklists from survey sites,
-- each checklist lists the species seen; unusual records go to a rarity review.
PRAGMA foreign_keys = ON;

CREATE TABLE observers (
    observer_id  INTEGER PRIMARY KEY,
    first_name   TEXT    NOT NULL,
    last_name    TEXT    NOT NULL,
    email        TEXT    NOT NULL UNIQUE,
    joined_on    TEXT    NOT NULL,                 -- 'YYYY-MM-DD'
    is_active    INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    mentor_id    INTEGER REFERENCES observers (observer_id),  -- experienced volunteer who onboarded them
    CHECK (mentor_id IS NULL OR mentor_id <> observer_id)
);

CREATE TABLE sites (
    site_id      INTEGER PRIMARY KEY,
    site_name    TEXT    NOT NULL,
    region       TEXT    NOT NULL,
    habitat      TEXT    NOT NULL CHECK (habitat IN ('wetland', 'forest', 'grassland', 'coastal', 'alpine', 'urban')),
    elevation_m  INTEGER NOT NULL,                 -- metres above sea level
    latitude     REAL    NOT NULL,
    longitude    REAL    NOT NULL
);

CREATE TABLE species (
    species_id          INTEGER PRIMARY KEY,
    common_name         TEXT NOT NULL UNIQUE,
    scientific_name     TEXT NOT NULL UNIQUE,
    family              TEXT NOT NULL,
    -- IUCN Red List category: LC least concern, NT near threatened, VU vulnerable,
    -- EN endangered, CR critically endangered, DD data deficient
    conservation_status TEXT NOT NULL CHECK (conservation_status IN ('LC', 'NT', 'VU', 'EN', 'CR', 'DD'))
);

CREATE TABLE checklists (
    checklist_id  INTEGER PRIMARY KEY,
    observer_id   INTEGER NOT NULL REFERENCES observers (observer_id),
    site_id       INTEGER NOT NULL REFERENCES sites (site_id),
    started_at    TEXT    NOT NULL,                -- local time, 'YYYY-MM-DD HH:MM'
    duration_min  INTEGER NOT NULL CHECK (duration_min > 0),
    protocol      TEXT    NOT NULL CHECK (protocol IN ('stationary', 'traveling', 'incidental')),
    distance_m    INTEGER CHECK (distance_m >= 0), -- only recorded for traveling counts
    is_complete   INTEGER NOT NULL CHECK (is_complete IN (0, 1)),  -- 1 = every species detected was reported
    CHECK ((protocol = 'traveling') = (distance_m IS NOT NULL))
);

CREATE TABLE observations (
    observation_id INTEGER PRIMARY KEY,
    checklist_id   INTEGER NOT NULL REFERENCES checklists (checklist_id),
    species_id     INTEGER NOT NULL REFERENCES species (species_id),
    how_many       INTEGER CHECK (how_many > 0),   -- NULL = present, not counted
    UNIQUE (checklist_id, species_id)
);

CREATE TABLE media (
    media_id       INTEGER PRIMARY KEY,
    observation_id INTEGER NOT NULL REFERENCES observations (observation_id),
    uploaded_by    INTEGER NOT NULL REFERENCES observers (observer_id),
    media_type     TEXT    NOT NULL CHECK (media_type IN ('photo', 'audio', 'video')),
    file_name      TEXT    NOT NULL,
    uploaded_at    TEXT    NOT NULL                -- 'YYYY-MM-DD HH:MM'
);

-- Records flagged as unusual (rare species, odd season, high count) are reviewed
-- by an experienced volunteer before they enter the public dataset.
CREATE TABLE rarity_reviews (
    review_id      INTEGER PRIMARY KEY,
    observation_id INTEGER NOT NULL UNIQUE REFERENCES observations (observation_id),
    flagged_at     TEXT    NOT NULL,               -- 'YYYY-MM-DD HH:MM'
    flag_reason    TEXT    NOT NULL,
    reviewer_id    INTEGER REFERENCES observers (observer_id),  -- NULL until a reviewer is assigned
    status         TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
    decided_at     TEXT,                           -- set when the review is accepted or rejected
    CHECK ((status = 'pending') = (decided_at IS NULL))
);

INSERT INTO observers (observer_id, first_name, last_name, email, joined_on, is_active, mentor_id) VALUES
(1,  'Ana',    'Silva',   'ana.silva@example.org',      '2019-03-02', 1, NULL),
(2,  'James',  'Okafor',  'j.okafor@example.org',       '2020-05-14', 1, 1),
(3,  'Maria',  'Lopez',   'maria.lopez@example.org',    '2021-02-08', 1, 1),
(4,  'Maria',  'Lopez',   'mlopez.birds@example.net',   '2018-07-21', 0, NULL),
(5,  'Tom',    'Becker',  'tom.becker@example.org',     '2022-01-10', 1, 2),
(6,  'Priya',  'Nair',    'priya.nair@example.org',     '2017-09-30', 1, NULL),
(7,  'Lena',   'Fischer', 'lena.fischer@example.org',   '2021-11-03', 1, 6),
(8,  'Kofi',   'Mensah',  'kofi.mensah@example.org',    '2022-06-18', 0, 6),
(9,  'Hiro',   'Tanaka',  'hiro.tanaka@example.org',    '2019-12-01', 1, 2),
(10, 'Sofia',  'Rossi',   'sofia.rossi@example.org',    '2024-05-20', 1, 1),
(11, 'Daniel', 'Ortiz',   'd.ortiz@example.net',        '2016-04-11', 0, NULL),
(12, 'Grace',  'Liu',     'grace.liu@example.org',      '2023-02-27', 1, 7),
(13, 'Owen',   'Price',   'owen.price@example.org',     '2015-10-05', 1, NULL),
(14, 'Ruth',   'Adams',   'ruth.adams@example.org',     '2023-08-19', 1, 3);

INSERT INTO sites (site_id, site_name, region, habitat, elevation_m, latitude, longitude) VALUES
(1,  'Loch Mhor Marsh',    'Highlands',       'wetland',   310,  57.2161, -4.3702),
(2,  'Ben Alder Ridge',    'Highlands',       'alpine',    2150, 56.8134, -4.4652),
(3,  'Cairn Summit Trail', 'Highlands',       'alpine',    2000, 57.1167, -3.6431),
(4,  'Glen Pine Woods',    'Highlands',       'forest',    1500, 57.0402, -3.8127),
(5,  'Saltmarsh Point',    'Coastal Plain',   'coastal',   2,    53.0455,  0.3314),
(6,  'Dune Heath',         'Coastal Plain',   'grassland', 15,   53.1120,  0.2871),
(7,  'Harbour Breakwater', 'Coastal Plain',   'coastal',   0,    53.0011,  0.3592),
(8,  'Willow Bend',        'River Valley',    'wetland',   85,   52.4420, -1.9015),
(9,  'Oxbow Lakes',        'River Valley',    'wetland',   92,   52.4876, -1.8540),
(10, 'Upper Gorge',        'River Valley',    'forest',    1620, 52.6010, -2.1022),
(11, 'Tamarack Bog',       'Northern Forest', 'wetland',   640,  58.0213, -4.9918),
(12, 'Firwood Clearing',   'Northern Forest', 'forest',    710,  58.1057, -5.0544),
(13, 'Riverside Park',     'Metro',           'urban',     40,   51.5072, -0.1276),
(14, 'Cemetery Grove',     'Metro',           'urban',     55,   51.5250, -0.1050),
(15, 'Col de Neige',       'Highlands',       'alpine',    2480, 56.7969, -5.0036);

INSERT INTO species (species_id, common_name, scientific_name, family, conservation_status) VALUES
(1,  'Mallard',                'Anas platyrhynchos',      'Anatidae',       'LC'),
(2,  'Eurasian Teal',          'Anas crecca',             'Anatidae',       'LC'),
(3,  'Common Eider',           'Somateria mollissima',    'Anatidae',       'NT'),
(4,  'Grey Heron',             'Ardea cinerea',           'Ardeidae',       'LC'),
(5,  'Eurasian Curlew',        'Numenius arquata',        'Scolopacidae',   'NT'),
(6,  'Black-tailed Godwit',    'Limosa limosa',           'Scolopacidae',   'NT'),
(7,  'Spoon-billed Sandpiper', 'Calidris pygmaea',        'Scolopacidae',   'CR'),
(8,  'Great Knot',             'Calidris tenuirostris',   'Scolopacidae',   'EN'),
(9,  'Golden Eagle',           'Aquila chrysaetos',       'Accipitridae',   'LC'),
(10, 'Steppe Eagle',           'Aquila nipalensis',       'Accipitridae',   'EN'),
(11, 'Rock Ptarmigan',         'Lagopus muta',            'Phasianidae',    'LC'),
(12, 'Alpine Accentor',        'Prunella collaris',       'Prunellidae',    'LC'),
(13, 'Eurasian Wren',          'Troglodytes troglodytes', 'Troglodytidae',  'LC'),
(14, 'European Robin',         'Erithacus rubecula',      'Muscicapidae',   'LC'),
(15, 'Common Chaffinch',       'Fringilla coelebs',       'Fringillidae',   'LC'),
(16, 'European Turtle Dove',   'Streptopelia turtur',     'Columbidae',     'VU'),
(17, 'Tawny Owl',              'Strix aluco',             'Strigidae',      'LC'),
(18, 'Snowy Owl',              'Bubo scandiacus',         'Strigidae',      'VU'),
(19, 'Common Swift',           'Apus apus',               'Apodidae',       'LC'),
(20, 'Aquatic Warbler',        'Acrocephalus paludicola', 'Acrocephalidae', 'VU'),
(21, 'Sociable Lapwing',       'Vanellus gregarius',      'Charadriidae',   'CR'),
(22, 'Egyptian Vulture',       'Neophron percnopterus',   'Accipitridae',   'EN');

INSERT INTO checklists (checklist_id, observer_id, site_id, started_at, duration_min, protocol, distance_m, is_complete) VALUES
(1,  1,  1,  '2023-11-01 08:15', 95,  'traveling',  2400, 1),
(2,  9,  15, '2023-10-28 10:00', 180, 'traveling',  5600, 1),
(3,  11, 7,  '2023-12-31 23:30', 60,  'stationary', NULL, 1),
(4,  2,  5,  '2024-01-06 07:00', 120, 'traveling',  3100, 1),
(5,  3,  8,  '2024-01-28 06:59', 45,  'stationary', NULL, 1),
(6,  5,  13, '2024-02-14 22:30', 89,  'stationary', NULL, 0),
(7,  6,  9,  '2024-02-20 08:00', 150, 'traveling',  4250, 1),
(8,  4,  5,  '2024-03-18 09:30', 75,  'traveling',  1800, 1),
(9,  5,  15, '2024-03-10 11:00', 240, 'traveling',  7350, 1),
(10, 7,  4,  '2024-03-31 06:30', 210, 'traveling',  6100, 1),
(11, 12, 14, '2024-04-06 07:30', 60,  'stationary', NULL, 1),
(12, 3,  8,  '2024-04-13 05:45', 121, 'traveling',  2650, 1),
(13, 1,  2,  '2024-04-20 09:00', 300, 'traveling',  9800, 1),
(14, 14, 13, '2024-04-30 23:50', 30,  'incidental', NULL, 0),
(15, 9,  3,  '2024-05-01 05:10', 200, 'traveling',  6400, 1),
(16, 12, 1,  '2024-05-04 06:00', 90,  'traveling',  2150, 1),
(17, 2,  10, '2024-05-11 07:15', 135, 'traveling',  3900, 1),
(18, 6,  6,  '2024-05-12 08:40', 50,  'traveling',  1200, 1),
(19, 7,  9,  '2024-05-18 12:00', 40,  'stationary', NULL, 0),
(20, 11, 5,  '2023-09-09 16:20', 110, 'traveling',  2860, 1),
(21, 5,  14, '2024-05-25 06:10', 60,  'stationary', NULL, 1),
(22, 14, 14, '2024-05-26 07:05', 45,  'stationary', NULL, 1),
(23, 3,  13, '2024-05-31 23:45', 40,  'stationary', NULL, 1),
(24, 2,  13, '2024-06-01 00:05', 20,  'incidental', NULL, 0),
(25, 1,  7,  '2024-06-01 10:30', 80,  'stationary', NULL, 1),
(26, 9,  10, '2024-06-02 06:20', 180, 'traveling',  5040, 1),
(27, 14, 9,  '2024-06-01 14:00', 95,  'traveling',  2300, 1),
(28, 6,  2,  '2024-06-08 08:00', 240, 'traveling',  8200, 1),
(29, 12, 6,  '2024-06-09 19:30', 60,  'traveling',  1500, 0),
(30, 7,  5,  '2024-06-15 07:45', 120, 'traveling',  2900, 1),
(31, 1,  9,  '2024-06-22 05:30', 100, 'stationary', NULL, 1),
(32, 4,  8,  '2023-08-12 08:00', 60,  'stationary', NULL, 1),
(33, 2,  1,  '2024-03-30 16:00', 70,  'traveling',  1650, 1);

INSERT INTO observations (observation_id, checklist_id, species_id, how_many) VALUES
(1,  1,  1,  14),
(2,  1,  2,  9),
(3,  2,  10, 1),
(4,  2,  11, 6),
(5,  3,  3,  22),
(6,  4,  8,  2),
(7,  4,  6,  30),
(8,  5,  7,  1),
(9,  5,  1,  20),
(10, 6,  17, 2),
(11, 7,  1,  25),
(12, 7,  2,  18),
(13, 7,  4,  2),
(14, 8,  8,  1),
(15, 8,  5,  12),
(16, 9,  18, 1),
(17, 9,  12, NULL),
(18, 10, 16, 1),
(19, 10, 15, 12),
(20, 11, 14, 4),
(21, 11, 15, 5),
(22, 12, 1,  12),
(23, 12, 13, 1),
(24, 13, 9,  2),
(25, 13, 11, 2),
(26, 14, 17, 1),
(27, 15, 13, 2),
(28, 15, 19, 8),
(29, 16, 20, 1),
(30, 16, 1,  10),
(31, 17, 9,  1),
(32, 17, 15, 7),
(33, 18, 16, 2),
(34, 18, 15, 6),
(35, 19, 19, 40),
(36, 19, 1,  NULL),
(37, 20, 6,  11),
(38, 20, 3,  7),
(39, 21, 19, 22),
(40, 21, 14, 3),
(41, 22, 19, 18),
(42, 22, 14, NULL),
(43, 23, 5,  2),
(44, 23, 17, 1),
(45, 24, 17, 1),
(46, 25, 3,  26),
(47, 26, 22, 1),
(48, 27, 7,  1),
(49, 27, 2,  11),
(50, 28, 12, 4),
(51, 29, 19, 15),
(52, 30, 6,  14),
(53, 30, 3,  NULL),
(54, 31, 2,  14),
(55, 32, 1,  18),
(56, 32, 4,  1),
(57, 33, 1,  8),
(58, 33, 6,  5),
(59, 33, 5,  3);

INSERT INTO media (media_id, observation_id, uploaded_by, media_type, file_name, uploaded_at) VALUES
(1,  6,  2,  'photo', 'IMG_4410.jpg',        '2024-01-06 15:12'),
(2,  6,  2,  'photo', 'IMG_4413.jpg',        '2024-01-06 15:14'),
(3,  14, 4,  'photo', 'knot_saltmarsh.jpg',  '2024-03-18 19:02'),
(4,  18, 7,  'audio', 'turtle_dove_purr.wav','2024-03-31 21:48'),
(5,  18, 7,  'photo', 'DSC_0871.jpg',        '2024-03-31 21:50'),
(6,  29, 12, 'audio', 'aqw_song_0504.mp3',   '2024-05-04 12:30'),
(7,  48, 14, 'photo', 'spoonie_1.jpg',       '2024-06-01 18:40'),
(8,  48, 14, 'video', 'spoonie_feeding.mp4', '2024-06-01 18:55'),
(9,  8,  3,  'photo', 'sandpiper_blurry.jpg','2024-01-28 09:10'),
(10, 16, 5,  'photo', 'snowy_col.jpg',       '2024-03-10 17:25'),
(11, 3,  9,  'video', 'eagle_soaring.mp4',   '2023-10-28 19:00'),
(12, 24, 1,  'photo', 'IMG_7702.jpg',        '2024-04-20 20:11'),
(13, 39, 5,  'audio', 'swift_screams.mp3',   '2024-05-25 08:02'),
(14, 10, 5,  'audio', 'tawny_duet.wav',      '2024-02-15 00:20'),
(15, 11, 6,  'photo', 'mallard_drake.jpg',   '2024-02-20 13:45'),
(16, 47, 9,  'photo', 'vulture_gorge.jpg',   '2024-06-02 11:05'),
(17, 1,  1,  'photo', 'IMG_6120.jpg',        '2023-11-01 12:30');

INSERT INTO rarity_reviews (review_id, observation_id, flagged_at, flag_reason, reviewer_id, status, decided_at) VALUES
(1,  6,  '2024-01-10 18:20', 'rare vagrant',       1,    'accepted', '2024-01-20 09:05'),
(2,  8,  '2024-02-03 11:00', 'rare vagrant',       13,   'rejected', '2024-04-01 08:30'),
(3,  18, '2024-03-31 23:40', 'early arrival',      6,    'accepted', '2024-04-05 10:15'),
(4,  59, '2024-04-01 09:00', 'unusual location',   NULL, 'pending',  NULL),
(5,  16, '2024-03-15 14:30', 'rare vagrant',       2,    'pending',  NULL),
(6,  14, '2024-03-20 08:45', 'rare vagrant',       1,    'accepted', '2024-03-31 22:10'),
(7,  3,  '2023-11-02 12:00', 'rare vagrant',       1,    'rejected', '2023-11-30 17:45'),
(8,  29, '2024-05-05 07:30', 'threatened species', 7,    'accepted', '2024-05-10 20:00'),
(9,  47, '2024-06-03 10:00', 'rare vagrant',       13,   'pending',  NULL),
(10, 48, '2024-06-02 16:00', 'rare vagrant',       6,    'accepted', '2024-06-20 11:30');
