CREATE TABLE owners (owner_id INTEGER PRIMARY KEY, name TEXT NOT NULL, phone TEXT, city TEXT);
CREATE TABLE pets (pet_id INTEGER PRIMARY KEY, owner_id INTEGER REFERENCES owners(owner_id), name TEXT NOT NULL, species TEXT, birth_date DATE);
CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, pet_id INTEGER REFERENCES pets(pet_id), visit_date DATE, reason TEXT, cost REAL);
INSERT INTO owners VALUES (1, 'Maria Gomez', '555-0101', 'Austin'), (2, 'Liam Chen', '555-0102', 'Dallas'), (3, 'Nora Patel', '555-0103', 'Austin');
INSERT INTO pets VALUES (1, 1, 'Rex', 'Dog', '2018-04-02'), (2, 1, 'Mittens', 'Cat', '2020-09-15'), (3, 2, 'Biscuit', 'Dog', '2021-01-30'), (4, 3, 'Kiwi', 'Bird', '2022-06-11'), (5, 3, 'Luna', 'Cat', '2019-12-24'), (6, 3, 'Max', 'Dog', '2016-03-08');
INSERT INTO visits VALUES (1, 1, '2024-01-10', 'Vaccination', 80.0), (2, 2, '2024-02-14', 'Checkup', 55.0), (3, 3, '2024-02-20', 'Vaccination', 80.0), (4, 1, '2024-03-05', 'Surgery', 450.0), (5, 5, '2024-03-18', 'Checkup', 55.0), (6, 6, '2024-04-02', 'Dental cleaning', 210.0), (7, 4, '2024-04-09', 'Checkup', 40.0);
