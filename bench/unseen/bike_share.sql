CREATE TABLE stations (station_id INT PRIMARY KEY, name TEXT NOT NULL, district TEXT, docks INT);
CREATE TABLE bikes (bike_id INT PRIMARY KEY, station_id INT REFERENCES stations(station_id), model TEXT, status TEXT);
CREATE TABLE rides (ride_id INTEGER PRIMARY KEY, bike_id INT REFERENCES bikes(bike_id), start_station INT REFERENCES stations(station_id), end_station INT REFERENCES stations(station_id), started_at TEXT, minutes INT, rider_type TEXT);
INSERT INTO stations VALUES (1, 'Central Square', 'Old Town', 30), (2, 'Riverside', 'Docklands', 24), (3, 'University Park', 'North End', 18), (4, 'Canal Basin', 'Docklands', 12);
INSERT INTO bikes VALUES (101, 1, 'Classic 3', 'available'), (102, 1, 'Volt 1', 'available'), (103, 2, 'Classic 3', 'available'), (104, 2, 'Volt 1', 'in use'), (105, 3, 'Classic 3', 'available');
INSERT INTO rides VALUES (1, 101, 1, 2, '2024-05-30 07:55', 14, 'member'), (2, 103, 2, 1, '2024-05-30 08:10', 1, 'casual'), (3, 102, 1, 3, '2024-05-30 12:40', 22, 'member'), (4, 105, 3, 1, '2024-05-31 17:05', 19, 'casual'), (5, 104, 2, 2, '2024-05-31 18:30', 1, 'casual');
