--
-- PostgreSQL database dump
--

\restrict Nf6yoGW47hAjLg5aIPNLJ9aeS6nftLkHhbzqa89Eay6aTod9FWb1kTmr6yU0uuA

-- Dumped from database version 18.6
-- Dumped by pg_dump version 18.6

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET transaction_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: museum; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA museum;


ALTER SCHEMA museum OWNER TO postgres;

--
-- Name: acquisition_method; Type: TYPE; Schema: museum; Owner: postgres
--

CREATE TYPE museum.acquisition_method AS ENUM (
    'purchase',
    'gift',
    'bequest',
    'transfer',
    'field_collection',
    'exchange'
);


ALTER TYPE museum.acquisition_method OWNER TO postgres;

--
-- Name: ticket_type; Type: TYPE; Schema: museum; Owner: postgres
--

CREATE TYPE museum.ticket_type AS ENUM (
    'adult',
    'senior',
    'student',
    'child',
    'member'
);


ALTER TYPE museum.ticket_type OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: artists; Type: TABLE; Schema: museum; Owner: postgres
--

CREATE TABLE museum.artists (
    artist_id integer NOT NULL,
    full_name text NOT NULL,
    nationality text,
    birth_year integer,
    death_year integer
);


ALTER TABLE museum.artists OWNER TO postgres;

--
-- Name: COLUMN artists.death_year; Type: COMMENT; Schema: museum; Owner: postgres
--

COMMENT ON COLUMN museum.artists.death_year IS 'NULL when the artist is living';


--
-- Name: conservation_treatments; Type: TABLE; Schema: museum; Owner: postgres
--

CREATE TABLE museum.conservation_treatments (
    treatment_id integer NOT NULL,
    object_id integer NOT NULL,
    conservator text NOT NULL,
    treatment_type text NOT NULL,
    started_on date NOT NULL,
    completed_on date,
    condition_before smallint NOT NULL,
    condition_after smallint,
    cost_usd numeric(10,2),
    CONSTRAINT conservation_treatments_condition_after_check CHECK (((condition_after >= 1) AND (condition_after <= 5))),
    CONSTRAINT conservation_treatments_condition_before_check CHECK (((condition_before >= 1) AND (condition_before <= 5)))
);


ALTER TABLE museum.conservation_treatments OWNER TO postgres;

--
-- Name: COLUMN conservation_treatments.condition_before; Type: COMMENT; Schema: museum; Owner: postgres
--

COMMENT ON COLUMN museum.conservation_treatments.condition_before IS 'Condition grade before treatment: 1 = excellent, 2 = good, 3 = fair, 4 = poor, 5 = unstable';


--
-- Name: COLUMN conservation_treatments.condition_after; Type: COMMENT; Schema: museum; Owner: postgres
--

COMMENT ON COLUMN museum.conservation_treatments.condition_after IS 'Condition grade after treatment, same scale (1 = excellent ... 5 = unstable); NULL while treatment is in progress';


--
-- Name: departments; Type: TABLE; Schema: museum; Owner: postgres
--

CREATE TABLE museum.departments (
    department_id integer NOT NULL,
    name text NOT NULL,
    head_curator text
);


ALTER TABLE museum.departments OWNER TO postgres;

--
-- Name: exhibition_objects; Type: TABLE; Schema: museum; Owner: postgres
--

CREATE TABLE museum.exhibition_objects (
    exhibition_id integer NOT NULL,
    object_id integer NOT NULL,
    case_label text
);


ALTER TABLE museum.exhibition_objects OWNER TO postgres;

--
-- Name: exhibitions; Type: TABLE; Schema: museum; Owner: postgres
--

CREATE TABLE museum.exhibitions (
    exhibition_id integer NOT NULL,
    title text NOT NULL,
    gallery text NOT NULL,
    start_date date NOT NULL,
    end_date date NOT NULL,
    organizing_department_id integer,
    CONSTRAINT exhibitions_check CHECK ((end_date >= start_date))
);


ALTER TABLE museum.exhibitions OWNER TO postgres;

--
-- Name: loans; Type: TABLE; Schema: museum; Owner: postgres
--

CREATE TABLE museum.loans (
    loan_id integer NOT NULL,
    object_id integer NOT NULL,
    borrower_institution text NOT NULL,
    borrower_city text NOT NULL,
    borrower_country text NOT NULL,
    loan_out_date date NOT NULL,
    due_back_date date NOT NULL,
    returned_on date,
    loan_fee_usd numeric(10,2)
);


ALTER TABLE museum.loans OWNER TO postgres;

--
-- Name: TABLE loans; Type: COMMENT; Schema: museum; Owner: postgres
--

COMMENT ON TABLE museum.loans IS 'Outgoing loans of museum objects to other institutions';


--
-- Name: COLUMN loans.returned_on; Type: COMMENT; Schema: museum; Owner: postgres
--

COMMENT ON COLUMN museum.loans.returned_on IS 'NULL while the object is still out on loan';


--
-- Name: objects; Type: TABLE; Schema: museum; Owner: postgres
--

CREATE TABLE museum.objects (
    object_id integer NOT NULL,
    accession_number text NOT NULL,
    title text NOT NULL,
    artist_id integer,
    department_id integer NOT NULL,
    object_type text NOT NULL,
    creation_year integer,
    acquisition_date date NOT NULL,
    acquisition_method museum.acquisition_method NOT NULL,
    insurance_value_cents bigint NOT NULL,
    part_of_object_id integer
);


ALTER TABLE museum.objects OWNER TO postgres;

--
-- Name: COLUMN objects.artist_id; Type: COMMENT; Schema: museum; Owner: postgres
--

COMMENT ON COLUMN museum.objects.artist_id IS 'NULL for works by unknown or anonymous makers';


--
-- Name: COLUMN objects.insurance_value_cents; Type: COMMENT; Schema: museum; Owner: postgres
--

COMMENT ON COLUMN museum.objects.insurance_value_cents IS 'Current insured value in US cents (divide by 100 for dollars)';


--
-- Name: COLUMN objects.part_of_object_id; Type: COMMENT; Schema: museum; Owner: postgres
--

COMMENT ON COLUMN museum.objects.part_of_object_id IS 'Set when this object is a component (lid, cover, panel) catalogued separately from the larger object it belongs to';


--
-- Name: ticket_sales; Type: TABLE; Schema: museum; Owner: postgres
--

CREATE TABLE museum.ticket_sales (
    sale_id integer NOT NULL,
    sold_at timestamp with time zone NOT NULL,
    ticket_type museum.ticket_type NOT NULL,
    quantity integer NOT NULL,
    total_price numeric(8,2) NOT NULL,
    exhibition_id integer,
    CONSTRAINT ticket_sales_quantity_check CHECK ((quantity > 0))
);


ALTER TABLE museum.ticket_sales OWNER TO postgres;

--
-- Name: COLUMN ticket_sales.total_price; Type: COMMENT; Schema: museum; Owner: postgres
--

COMMENT ON COLUMN museum.ticket_sales.total_price IS 'Amount charged in USD for the whole sale, i.e. for all quantity tickets together (not the unit price)';


--
-- Name: COLUMN ticket_sales.exhibition_id; Type: COMMENT; Schema: museum; Owner: postgres
--

COMMENT ON COLUMN museum.ticket_sales.exhibition_id IS 'Special-exhibition ticket; NULL means general admission only';


--
-- Data for Name: artists; Type: TABLE DATA; Schema: museum; Owner: postgres
--

COPY museum.artists (artist_id, full_name, nationality, birth_year, death_year) FROM stdin;
1	Claude Monet	French	1840	1926
2	Berthe Morisot	French	1841	1895
3	Katsushika Hokusai	Japanese	1760	1849
4	Utagawa Hiroshige	Japanese	1797	1858
5	Dorothea Lange	American	1895	1965
6	Gordon Parks	American	1912	2006
7	Cindy Sherman	American	1954	\N
8	Louise Bourgeois	French-American	1911	2010
9	Kara Walker	American	1969	\N
10	El Anatsui	Ghanaian	1944	\N
11	Paul Revere	American	1735	1818
12	Louis Comfort Tiffany	American	1848	1933
13	Yayoi Kusama	Japanese	1929	\N
14	Judith Leyster	Dutch	1609	1660
15	Mary Cassatt	American	1844	1926
16	Amy Sherald	American	1973	\N
\.


--
-- Data for Name: conservation_treatments; Type: TABLE DATA; Schema: museum; Owner: postgres
--

COPY museum.conservation_treatments (treatment_id, object_id, conservator, treatment_type, started_on, completed_on, condition_before, condition_after, cost_usd) FROM stdin;
1	1	Elena Marsh	surface cleaning	2023-01-09	2023-02-20	3	2	4800.00
2	3	Elena Marsh	varnish removal	2023-01-16	2023-02-24	4	2	7200.00
3	12	Tomas Reyes	mat replacement	2023-03-06	2023-03-17	2	2	650.00
4	7	Tomas Reyes	humidification and flattening	2023-08-14	2023-08-30	3	2	1400.00
5	25	Priya Nair	rewiring	2023-11-13	2023-12-01	3	3	900.00
6	22	Priya Nair	polishing	2024-04-02	2024-04-19	3	2	1200.00
7	23	Priya Nair	polishing	2024-04-02	2024-04-22	3	3	1100.00
8	24	Priya Nair	dent repair	2024-04-08	2024-05-03	4	3	2300.00
9	32	Elena Marsh	inpainting	2024-07-01	2025-02-28	5	3	18500.00
10	33	Elena Marsh	structural stabilization	2024-07-01	2025-03-14	4	2	12500.00
11	18	Tomas Reyes	remounting	2024-08-05	2024-09-20	3	3	2100.00
12	19	Hannah Cole	condition survey	2024-09-09	2024-09-11	2	2	250.00
13	28	Hannah Cole	consolidation	2024-11-04	2025-01-24	4	3	9600.00
14	27	Hannah Cole	condition survey	2025-01-06	2025-01-10	2	2	300.00
15	21	Hannah Cole	surface cleaning	2025-05-12	\N	3	\N	\N
\.


--
-- Data for Name: departments; Type: TABLE DATA; Schema: museum; Owner: postgres
--

COPY museum.departments (department_id, name, head_curator) FROM stdin;
1	European Paintings	Margaret Ellison
2	Asian Art	Kenji Watanabe
3	Photography	Ruth Abernathy
4	Decorative Arts	Samuel Okafor
5	Modern and Contemporary Art	Lena Vogel
6	Antiquities	Dimitri Papadakis
7	Textiles and Costume	\N
\.


--
-- Data for Name: exhibition_objects; Type: TABLE DATA; Schema: museum; Owner: postgres
--

COPY museum.exhibition_objects (exhibition_id, object_id, case_label) FROM stdin;
1	1	A1
1	2	A2
1	3	B1
1	6	B2
2	7	Case 1
2	8	Case 2
3	12	W1
3	13	W2
3	14	W3
4	4	\N
4	9	\N
4	13	\N
4	19	\N
4	29	\N
5	22	Case 3
5	23	Case 3
5	24	Case 3
5	25	Plinth 1
6	14	E1
6	15	E2
6	16	E3
7	17	Floor
7	18	North wall
7	19	South wall
8	27	Case 1
8	28	Plinth 2
8	29	Case 4
9	32	Center
9	33	Center
\.


--
-- Data for Name: exhibitions; Type: TABLE DATA; Schema: museum; Owner: postgres
--

COPY museum.exhibitions (exhibition_id, title, gallery, start_date, end_date, organizing_department_id) FROM stdin;
1	Impressions of Light: French Painting 1860-1910	Gallery 12	2023-03-04	2023-07-30	1
2	Floating World: Japanese Prints	Gallery 5	2023-09-16	2023-12-10	2
3	Documenting America: Photographs 1930-1950	Photography Gallery	2024-01-20	2024-04-28	3
4	New Acquisitions 2023-2024	Gallery 12	2024-03-09	2024-06-02	\N
5	Silver and Glass in the American Home	Gallery 8	2024-05-18	2024-11-03	4
6	The Staged Self	Photography Gallery	2024-09-14	2025-01-19	3
7	Material Worlds: Contemporary Sculpture	Contemporary Wing	2024-10-05	2025-03-30	5
8	Ancient Mediterranean Treasures	Gallery 2	2025-02-15	2025-05-25	6
9	Reunited: The Annunciation Altarpiece	Gallery 12	2025-04-12	2025-08-17	1
10	Textiles of the Silk Road	Gallery 8	2025-10-04	2026-02-22	7
\.


--
-- Data for Name: loans; Type: TABLE DATA; Schema: museum; Owner: postgres
--

COPY museum.loans (loan_id, object_id, borrower_institution, borrower_city, borrower_country, loan_out_date, due_back_date, returned_on, loan_fee_usd) FROM stdin;
1	1	Musée de l'Orangerie	Paris	France	2023-09-01	2024-01-15	2024-01-10	25000.00
2	12	Library of Congress	Washington	United States	2023-05-01	2023-08-31	2023-09-12	1500.00
3	7	British Museum	London	United Kingdom	2024-05-10	2024-08-25	2024-09-03	4000.00
4	8	British Museum	London	United Kingdom	2024-05-10	2024-08-25	2024-08-25	4000.00
5	17	Tate Modern	London	United Kingdom	2025-04-01	2025-09-30	\N	12000.00
6	2	Art Institute of Chicago	Chicago	United States	2024-02-01	2024-06-30	2024-06-20	18000.00
7	2	Musée d'Orsay	Paris	France	2025-03-01	2025-07-31	2025-08-19	20000.00
8	10	Asian Art Museum	San Francisco	United States	2024-10-15	2025-04-15	\N	3000.00
9	18	Whitney Museum of American Art	New York	United States	2025-06-10	2025-12-15	\N	\N
10	5	Frans Hals Museum	Haarlem	Netherlands	2023-02-10	2023-06-10	2023-06-05	9000.00
11	25	Corning Museum of Glass	Corning	United States	2025-01-20	2025-05-20	2025-06-02	2500.00
12	30	Tokyo National Museum	Tokyo	Japan	2024-03-01	2024-09-01	2024-08-28	7500.00
13	22	Museum of Fine Arts, Boston	Boston	United States	2023-10-01	2024-02-01	2024-02-01	\N
14	3	Musée d'Orsay	Paris	France	2024-09-05	2025-01-05	2025-01-03	8000.00
\.


--
-- Data for Name: objects; Type: TABLE DATA; Schema: museum; Owner: postgres
--

COPY museum.objects (object_id, accession_number, title, artist_id, department_id, object_type, creation_year, acquisition_date, acquisition_method, insurance_value_cents, part_of_object_id) FROM stdin;
1	1957.12	Water Lilies at Giverny	1	1	painting	1905	1957-05-14	bequest	4500000000	\N
2	1962.3	Poplars on the Epte	1	1	painting	1891	1962-10-02	purchase	3200000000	\N
3	1971.44	The Cradle Study	2	1	painting	1872	1971-03-19	gift	850000000	\N
4	2023.7	Young Woman at a Window	2	1	painting	1869	2023-04-11	purchase	1200000000	\N
5	1988.101	Self-Portrait with Lute	14	1	painting	1630	1988-06-30	purchase	2100000000	\N
6	1999.5	Mother and Child in the Garden	15	1	painting	1893	1999-09-09	bequest	1500000000	\N
7	1935.210	Under the Wave off Kanagawa	3	2	woodblock print	1831	1935-01-20	gift	65000000	\N
8	1935.211	Fine Wind, Clear Morning	3	2	woodblock print	1831	1935-01-20	gift	48000000	\N
9	2024.2	Sudden Shower over Shin-Ohashi	4	2	woodblock print	1857	2024-02-15	purchase	30000000	\N
10	1950.8	Celadon Vase with Peony Scroll	\N	2	ceramic vessel	\N	1950-11-03	transfer	22000000	\N
11	1950.8.1	Lid for Celadon Vase	\N	2	ceramic lid	\N	1950-11-03	transfer	3000000	10
12	1978.22	Migrant Mother	5	3	photograph	1936	1978-08-08	purchase	18000000	\N
13	2023.15	White Angel Breadline	5	3	photograph	1933	2023-09-27	gift	9500000	\N
14	2005.60	Harlem Newsboy	6	3	photograph	1940	2005-03-22	gift	7500000	\N
15	2024.9	Untitled Film Still #21	7	3	photograph	1978	2024-05-06	purchase	42000000	\N
16	2024.10	Untitled Film Still #48	7	3	photograph	1979	2024-05-06	purchase	39000000	\N
17	2011.4	Spider Study	8	5	sculpture	1995	2011-12-01	gift	260000000	\N
18	2016.31	Cut-Paper Silhouette Frieze	9	5	installation	2014	2016-04-22	purchase	95000000	\N
19	2023.40	Earth Cloth	10	5	sculpture	2008	2023-11-30	gift	180000000	\N
20	2025.3	Infinity Net Blue	13	5	painting	1960	2025-01-17	bequest	310000000	\N
21	2025.4	Pumpkin	13	5	sculpture	1994	2025-03-05	purchase	125000000	\N
22	1949.70	Teapot	11	4	silver	1782	1949-06-01	bequest	40000000	\N
23	1949.71	Sugar Bowl	11	4	silver	1782	1949-06-01	bequest	28000000	\N
24	1949.71.1	Sugar Bowl Cover	11	4	silver	1782	1949-06-01	bequest	4000000	23
25	1984.12	Wisteria Table Lamp	12	4	lamp	1905	1984-02-14	purchase	60000000	\N
26	2024.15	Favrile Glass Vase	12	4	glass vessel	1896	2024-08-20	gift	8500000	\N
27	1925.3	Red-Figure Amphora	\N	6	ceramic vessel	\N	1925-04-01	field_collection	75000000	\N
28	1925.4	Marble Head of a Youth	\N	6	sculpture	\N	1925-04-01	field_collection	110000000	\N
29	2023.51	Bronze Oil Lamp	\N	6	lamp	\N	2023-12-12	transfer	2500000	\N
30	1997.9	Wooden Figure of a Bodhisattva	\N	2	sculpture	\N	1997-07-07	purchase	140000000	\N
31	2024.30	Dragonfly Lamp Shade	12	4	lamp	1906	2024-11-11	purchase	52000000	\N
32	1966.2	The Annunciation Altarpiece	\N	1	painting	1450	1966-05-25	purchase	900000000	\N
33	2024.21	Predella Panel with Saint Lucy	\N	1	painting	1450	2024-06-18	purchase	75000000	32
\.


--
-- Data for Name: ticket_sales; Type: TABLE DATA; Schema: museum; Owner: postgres
--

COPY museum.ticket_sales (sale_id, sold_at, ticket_type, quantity, total_price, exhibition_id) FROM stdin;
1	2023-01-05 19:23:00+00	adult	2	50.00	\N
2	2023-01-24 16:39:00+00	student	1	15.00	\N
3	2023-02-08 18:04:00+00	adult	2	50.00	\N
4	2023-02-10 21:35:00+00	child	1	10.00	\N
5	2023-02-17 16:18:00+00	student	4	60.00	\N
6	2023-03-03 18:43:00+00	child	1	10.00	\N
7	2023-03-08 20:36:00+00	adult	3	75.00	\N
8	2023-03-24 16:56:00+00	adult	2	66.00	1
9	2023-03-25 16:46:00+00	child	1	18.00	1
10	2023-03-26 15:00:00+00	adult	1	33.00	1
11	2023-04-04 16:58:00+00	member	4	0.00	1
12	2023-04-07 18:13:00+00	senior	2	52.00	1
13	2023-04-14 20:13:00+00	senior	2	52.00	1
14	2023-05-06 17:30:00+00	adult	4	132.00	1
15	2023-05-21 19:26:00+00	senior	4	104.00	1
16	2023-06-04 20:34:00+00	senior	3	78.00	1
17	2023-06-15 18:23:00+00	student	1	23.00	1
18	2023-06-21 18:49:00+00	senior	4	104.00	1
19	2023-07-12 14:36:00+00	senior	1	26.00	1
20	2023-09-04 17:03:00+00	adult	2	50.00	\N
21	2023-09-11 20:31:00+00	senior	2	36.00	\N
22	2023-11-03 20:15:00+00	adult	4	132.00	2
23	2023-12-04 21:48:00+00	child	1	10.00	\N
24	2024-01-03 16:09:00+00	child	2	20.00	\N
25	2024-03-04 18:26:00+00	adult	4	132.00	3
26	2024-03-05 17:35:00+00	adult	2	66.00	3
27	2024-03-13 17:23:00+00	member	1	0.00	3
28	2024-04-04 14:32:00+00	adult	2	50.00	\N
29	2024-05-10 15:06:00+00	adult	1	25.00	\N
30	2024-05-11 16:18:00+00	child	1	10.00	\N
31	2024-05-20 15:47:00+00	adult	1	25.00	\N
32	2024-05-23 20:05:00+00	child	4	72.00	5
33	2024-07-26 14:30:00+00	senior	2	52.00	5
34	2024-08-09 19:22:00+00	member	4	0.00	5
35	2024-08-19 14:14:00+00	adult	2	66.00	5
36	2024-09-07 15:34:00+00	adult	1	33.00	5
37	2024-09-16 18:39:00+00	child	1	10.00	\N
38	2024-09-20 18:23:00+00	senior	1	18.00	\N
39	2024-10-11 14:21:00+00	senior	1	26.00	7
40	2024-11-23 21:43:00+00	member	1	0.00	6
41	2024-12-07 20:55:00+00	student	1	23.00	7
42	2025-02-06 21:44:00+00	senior	3	78.00	7
43	2025-04-15 18:40:00+00	child	1	18.00	9
44	2025-04-21 19:22:00+00	student	1	15.00	\N
45	2025-04-26 19:40:00+00	child	1	10.00	\N
46	2025-08-25 19:42:00+00	adult	2	50.00	\N
\.


--
-- Name: artists artists_pkey; Type: CONSTRAINT; Schema: museum; Owner: postgres
--

ALTER TABLE ONLY museum.artists
    ADD CONSTRAINT artists_pkey PRIMARY KEY (artist_id);


--
-- Name: conservation_treatments conservation_treatments_pkey; Type: CONSTRAINT; Schema: museum; Owner: postgres
--

ALTER TABLE ONLY museum.conservation_treatments
    ADD CONSTRAINT conservation_treatments_pkey PRIMARY KEY (treatment_id);


--
-- Name: departments departments_name_key; Type: CONSTRAINT; Schema: museum; Owner: postgres
--

ALTER TABLE ONLY museum.departments
    ADD CONSTRAINT departments_name_key UNIQUE (name);


--
-- Name: departments departments_pkey; Type: CONSTRAINT; Schema: museum; Owner: postgres
--

ALTER TABLE ONLY museum.departments
    ADD CONSTRAINT departments_pkey PRIMARY KEY (department_id);


--
-- Name: exhibition_objects exhibition_objects_pkey; Type: CONSTRAINT; Schema: museum; Owner: postgres
--

ALTER TABLE ONLY museum.exhibition_objects
    ADD CONSTRAINT exhibition_objects_pkey PRIMARY KEY (exhibition_id, object_id);


--
-- Name: exhibitions exhibitions_pkey; Type: CONSTRAINT; Schema: museum; Owner: postgres
--

ALTER TABLE ONLY museum.exhibitions
    ADD CONSTRAINT exhibitions_pkey PRIMARY KEY (exhibition_id);


--
-- Name: loans loans_pkey; Type: CONSTRAINT; Schema: museum; Owner: postgres
--

ALTER TABLE ONLY museum.loans
    ADD CONSTRAINT loans_pkey PRIMARY KEY (loan_id);


--
-- Name: objects objects_accession_number_key; Type: CONSTRAINT; Schema: museum; Owner: postgres
--

ALTER TABLE ONLY museum.objects
    ADD CONSTRAINT objects_accession_number_key UNIQUE (accession_number);


--
-- Name: objects objects_pkey; Type: CONSTRAINT; Schema: museum; Owner: postgres
--

ALTER TABLE ONLY museum.objects
    ADD CONSTRAINT objects_pkey PRIMARY KEY (object_id);


--
-- Name: ticket_sales ticket_sales_pkey; Type: CONSTRAINT; Schema: museum; Owner: postgres
--

ALTER TABLE ONLY museum.ticket_sales
    ADD CONSTRAINT ticket_sales_pkey PRIMARY KEY (sale_id);


--
-- Name: conservation_treatments conservation_treatments_object_id_fkey; Type: FK CONSTRAINT; Schema: museum; Owner: postgres
--

ALTER TABLE ONLY museum.conservation_treatments
    ADD CONSTRAINT conservation_treatments_object_id_fkey FOREIGN KEY (object_id) REFERENCES museum.objects(object_id);


--
-- Name: exhibition_objects exhibition_objects_exhibition_id_fkey; Type: FK CONSTRAINT; Schema: museum; Owner: postgres
--

ALTER TABLE ONLY museum.exhibition_objects
    ADD CONSTRAINT exhibition_objects_exhibition_id_fkey FOREIGN KEY (exhibition_id) REFERENCES museum.exhibitions(exhibition_id);


--
-- Name: exhibition_objects exhibition_objects_object_id_fkey; Type: FK CONSTRAINT; Schema: museum; Owner: postgres
--

ALTER TABLE ONLY museum.exhibition_objects
    ADD CONSTRAINT exhibition_objects_object_id_fkey FOREIGN KEY (object_id) REFERENCES museum.objects(object_id);


--
-- Name: exhibitions exhibitions_organizing_department_id_fkey; Type: FK CONSTRAINT; Schema: museum; Owner: postgres
--

ALTER TABLE ONLY museum.exhibitions
    ADD CONSTRAINT exhibitions_organizing_department_id_fkey FOREIGN KEY (organizing_department_id) REFERENCES museum.departments(department_id);


--
-- Name: loans loans_object_id_fkey; Type: FK CONSTRAINT; Schema: museum; Owner: postgres
--

ALTER TABLE ONLY museum.loans
    ADD CONSTRAINT loans_object_id_fkey FOREIGN KEY (object_id) REFERENCES museum.objects(object_id);


--
-- Name: objects objects_artist_id_fkey; Type: FK CONSTRAINT; Schema: museum; Owner: postgres
--

ALTER TABLE ONLY museum.objects
    ADD CONSTRAINT objects_artist_id_fkey FOREIGN KEY (artist_id) REFERENCES museum.artists(artist_id);


--
-- Name: objects objects_department_id_fkey; Type: FK CONSTRAINT; Schema: museum; Owner: postgres
--

ALTER TABLE ONLY museum.objects
    ADD CONSTRAINT objects_department_id_fkey FOREIGN KEY (department_id) REFERENCES museum.departments(department_id);


--
-- Name: objects objects_part_of_object_id_fkey; Type: FK CONSTRAINT; Schema: museum; Owner: postgres
--

ALTER TABLE ONLY museum.objects
    ADD CONSTRAINT objects_part_of_object_id_fkey FOREIGN KEY (part_of_object_id) REFERENCES museum.objects(object_id);


--
-- Name: ticket_sales ticket_sales_exhibition_id_fkey; Type: FK CONSTRAINT; Schema: museum; Owner: postgres
--

ALTER TABLE ONLY museum.ticket_sales
    ADD CONSTRAINT ticket_sales_exhibition_id_fkey FOREIGN KEY (exhibition_id) REFERENCES museum.exhibitions(exhibition_id);


--
-- PostgreSQL database dump complete
--

\unrestrict Nf6yoGW47hAjLg5aIPNLJ9aeS6nftLkHhbzqa89Eay6aTod9FWb1kTmr6yU0uuA

