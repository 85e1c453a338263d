-- Paws & Whiskers: a non-profit animal shelter network with two sites (Brussels North, Ghent Harbour).
-- Animals come in as strays, owner surrenders or transfers; they get vet checks, may stay with
-- volunteer foster homes, and are adopted for a fee (an adoption can be returned and the animal re-adopted).
-- All tables live in the schema "shelter".
--
-- PostgreSQL database dump
--

\restrict Dtcfpkaf4Kv9f48yO7jIMeizPANMhHXdyt6f3hBs2whaMJ2Ctg7BUkaNrqVZbMN

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
-- Name: shelter; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA shelter;


ALTER SCHEMA shelter OWNER TO postgres;

--
-- Name: SCHEMA shelter; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON SCHEMA shelter IS 'Paws & Whiskers shelter network (Brussels North and Ghent Harbour sites): animals taken in, vet checks, foster homes run by volunteers, adoptions and adoptions that were returned.';


--
-- Name: intake_kind; Type: TYPE; Schema: shelter; Owner: postgres
--

CREATE TYPE shelter.intake_kind AS ENUM (
    'stray',
    'surrender',
    'transfer'
);


ALTER TYPE shelter.intake_kind OWNER TO postgres;

--
-- Name: species_kind; Type: TYPE; Schema: shelter; Owner: postgres
--

CREATE TYPE shelter.species_kind AS ENUM (
    'dog',
    'cat',
    'rabbit',
    'bird'
);


ALTER TYPE shelter.species_kind OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: adopters; Type: TABLE; Schema: shelter; Owner: postgres
--

CREATE TABLE shelter.adopters (
    adopter_id integer NOT NULL,
    first_name character varying(40) NOT NULL,
    last_name character varying(40) NOT NULL,
    email character varying(80) NOT NULL,
    phone character varying(20),
    city character varying(40) NOT NULL,
    registered_on date NOT NULL
);


ALTER TABLE shelter.adopters OWNER TO postgres;

--
-- Name: COLUMN adopters.city; Type: COMMENT; Schema: shelter; Owner: postgres
--

COMMENT ON COLUMN shelter.adopters.city IS 'as typed by the adopter on the web form';


--
-- Name: adoption_returns; Type: TABLE; Schema: shelter; Owner: postgres
--

CREATE TABLE shelter.adoption_returns (
    return_id integer NOT NULL,
    adoption_id integer NOT NULL,
    returned_at timestamp with time zone NOT NULL,
    reason text NOT NULL
);


ALTER TABLE shelter.adoption_returns OWNER TO postgres;

--
-- Name: adoptions; Type: TABLE; Schema: shelter; Owner: postgres
--

CREATE TABLE shelter.adoptions (
    adoption_id integer NOT NULL,
    animal_id integer NOT NULL,
    adopter_id integer NOT NULL,
    site_id integer NOT NULL,
    adopted_at timestamp with time zone NOT NULL,
    fee_eur numeric(7,2) NOT NULL,
    CONSTRAINT adoptions_fee_eur_check CHECK ((fee_eur >= (0)::numeric))
);


ALTER TABLE shelter.adoptions OWNER TO postgres;

--
-- Name: COLUMN adoptions.fee_eur; Type: COMMENT; Schema: shelter; Owner: postgres
--

COMMENT ON COLUMN shelter.adoptions.fee_eur IS 'adoption fee in euros; 0 when waived (senior animals)';


--
-- Name: animals; Type: TABLE; Schema: shelter; Owner: postgres
--

CREATE TABLE shelter.animals (
    animal_id integer NOT NULL,
    name character varying(40) NOT NULL,
    species shelter.species_kind NOT NULL,
    breed character varying(60),
    est_birth_date date,
    sex character(1) NOT NULL,
    microchip_no character varying(15),
    CONSTRAINT animals_sex_check CHECK ((sex = ANY (ARRAY['M'::bpchar, 'F'::bpchar, 'U'::bpchar])))
);


ALTER TABLE shelter.animals OWNER TO postgres;

--
-- Name: COLUMN animals.breed; Type: COMMENT; Schema: shelter; Owner: postgres
--

COMMENT ON COLUMN shelter.animals.breed IS 'NULL when the breed is unknown (typical for strays)';


--
-- Name: COLUMN animals.est_birth_date; Type: COMMENT; Schema: shelter; Owner: postgres
--

COMMENT ON COLUMN shelter.animals.est_birth_date IS 'estimated by the vet at intake; NULL if no estimate';


--
-- Name: COLUMN animals.sex; Type: COMMENT; Schema: shelter; Owner: postgres
--

COMMENT ON COLUMN shelter.animals.sex IS 'M = male, F = female, U = unknown';


--
-- Name: foster_placements; Type: TABLE; Schema: shelter; Owner: postgres
--

CREATE TABLE shelter.foster_placements (
    placement_id integer NOT NULL,
    animal_id integer NOT NULL,
    volunteer_id integer NOT NULL,
    start_date date NOT NULL,
    end_date date,
    CONSTRAINT foster_placements_check CHECK (((end_date IS NULL) OR (end_date >= start_date)))
);


ALTER TABLE shelter.foster_placements OWNER TO postgres;

--
-- Name: COLUMN foster_placements.end_date; Type: COMMENT; Schema: shelter; Owner: postgres
--

COMMENT ON COLUMN shelter.foster_placements.end_date IS 'last day the animal spent in the foster home (inclusive); NULL while the placement is ongoing';


--
-- Name: intakes; Type: TABLE; Schema: shelter; Owner: postgres
--

CREATE TABLE shelter.intakes (
    intake_id integer NOT NULL,
    animal_id integer NOT NULL,
    site_id integer NOT NULL,
    intake_type shelter.intake_kind NOT NULL,
    intake_at timestamp with time zone NOT NULL,
    found_location character varying(80),
    notes text
);


ALTER TABLE shelter.intakes OWNER TO postgres;

--
-- Name: COLUMN intakes.found_location; Type: COMMENT; Schema: shelter; Owner: postgres
--

COMMENT ON COLUMN shelter.intakes.found_location IS 'only for strays: where the animal was found';


--
-- Name: sites; Type: TABLE; Schema: shelter; Owner: postgres
--

CREATE TABLE shelter.sites (
    site_id integer NOT NULL,
    code character(3) NOT NULL,
    name character varying(60) NOT NULL,
    city character varying(40) NOT NULL,
    opened_on date NOT NULL
);


ALTER TABLE shelter.sites OWNER TO postgres;

--
-- Name: vet_checks; Type: TABLE; Schema: shelter; Owner: postgres
--

CREATE TABLE shelter.vet_checks (
    check_id integer NOT NULL,
    animal_id integer NOT NULL,
    check_date date NOT NULL,
    vet_name character varying(40) NOT NULL,
    weight_g integer NOT NULL,
    vaccinated boolean NOT NULL,
    notes text,
    CONSTRAINT vet_checks_weight_g_check CHECK ((weight_g > 0))
);


ALTER TABLE shelter.vet_checks OWNER TO postgres;

--
-- Name: COLUMN vet_checks.weight_g; Type: COMMENT; Schema: shelter; Owner: postgres
--

COMMENT ON COLUMN shelter.vet_checks.weight_g IS 'body weight in grams';


--
-- Name: COLUMN vet_checks.vaccinated; Type: COMMENT; Schema: shelter; Owner: postgres
--

COMMENT ON COLUMN shelter.vet_checks.vaccinated IS 'true when core vaccinations were up to date after this check';


--
-- Name: volunteers; Type: TABLE; Schema: shelter; Owner: postgres
--

CREATE TABLE shelter.volunteers (
    volunteer_id integer NOT NULL,
    full_name character varying(80) NOT NULL,
    email character varying(80) NOT NULL,
    site_id integer NOT NULL,
    joined_on date NOT NULL,
    mentor_id integer,
    CONSTRAINT volunteers_check CHECK ((mentor_id <> volunteer_id))
);


ALTER TABLE shelter.volunteers OWNER TO postgres;

--
-- Name: COLUMN volunteers.mentor_id; Type: COMMENT; Schema: shelter; Owner: postgres
--

COMMENT ON COLUMN shelter.volunteers.mentor_id IS 'experienced volunteer who coached this one; NULL for founders and some late joiners';


--
-- Data for Name: adopters; Type: TABLE DATA; Schema: shelter; Owner: postgres
--

COPY shelter.adopters (adopter_id, first_name, last_name, email, phone, city, registered_on) FROM stdin;
1	Emma	Peeters	emma.peeters@mail.be	+32 470 11 22 33	Brussels	2025-02-01
2	Lucas	Janssens	lucas.janssens@mail.be	+32 471 20 30 40	Ghent	2025-02-20
3	Sofie	Maes	sofie.maes@mail.be	\N	brussels	2025-03-05
4	Noah	Willems	noah.w@mail.be	+32 472 55 66 77	Antwerp	2025-03-22
5	Marie	Claes	marie.claes@mail.be	+32 473 98 76 54	Ghent	2025-04-10
6	Liam	Goossens	liam.goossens@mail.be	\N	BRUSSELS	2025-05-02
7	Emma	Peeters	emma.p1990@mail.be	\N	Ghent	2025-05-30
8	Julie	Wouters	julie.wouters@mail.be	+32 474 12 12 12	Leuven	2025-06-18
9	Arthur	Dubois	arthur.dubois@mail.be	+32 475 43 21 00	Brussels	2025-07-07
10	Lotte	Mertens	lotte.mertens@mail.be	\N	Ghent	2025-08-25
11	Victor	Lambert	victor.lambert@mail.be	+32 476 88 99 00	Brussels	2025-10-01
12	Elise	Jacobs	elise.jacobs@mail.be	+32 477 31 41 59	Mechelen	2025-12-31
13	Thomas	Dupont	thomas.dupont@mail.be	\N	Ghent	2026-01-01
14	Hanne	De Smet	hanne.desmet@mail.be	+32 478 26 53 58	Brussels	2024-12-31
15	Jonas	Hermans	jonas.hermans@mail.be	+32 479 97 93 23	Ghent	2025-09-14
16	Nina	Vermeulen	nina.v@mail.be	+32 470 84 62 64	brussels	2026-01-12
\.


--
-- Data for Name: adoption_returns; Type: TABLE DATA; Schema: shelter; Owner: postgres
--

COPY shelter.adoption_returns (return_id, adoption_id, returned_at, reason) FROM stdin;
1	2	2025-03-20 09:00:00+00	Allergic reaction in the household
2	6	2025-07-02 09:00:00+00	Reactive towards other dogs on walks
3	11	2025-10-05 14:30:00+00	Did not get along with the resident dog
4	14	2025-12-02 08:15:00+00	Too much energy for a small apartment
\.


--
-- Data for Name: adoptions; Type: TABLE DATA; Schema: shelter; Owner: postgres
--

COPY shelter.adoptions (adoption_id, animal_id, adopter_id, site_id, adopted_at, fee_eur) FROM stdin;
1	1	14	1	2025-02-14 10:00:00+00	250.00
2	2	2	1	2025-03-02 14:30:00+00	200.00
3	3	1	2	2025-03-31 13:10:00+00	90.00
4	7	4	2	2025-04-01 08:20:00+00	120.00
5	2	5	1	2025-05-10 10:00:00+00	200.00
6	6	6	1	2025-05-24 12:00:00+00	170.00
7	9	7	2	2025-06-07 08:45:00+00	45.00
8	10	3	1	2025-06-21 14:00:00+00	0.00
9	11	2	2	2025-07-12 09:30:00+00	90.00
10	13	9	1	2025-07-30 11:15:00+00	350.00
11	14	10	2	2025-08-16 08:00:00+00	160.00
12	16	8	1	2025-08-30 10:30:00+00	350.00
13	15	1	2	2025-09-06 09:00:00+00	90.00
14	19	11	1	2025-10-11 13:00:00+00	220.00
15	20	12	2	2026-01-10 13:00:00+00	75.00
16	22	4	1	2025-09-20 08:30:00+00	300.00
17	24	11	2	2025-11-08 12:00:00+00	40.00
\.


--
-- Data for Name: animals; Type: TABLE DATA; Schema: shelter; Owner: postgres
--

COPY shelter.animals (animal_id, name, species, breed, est_birth_date, sex, microchip_no) FROM stdin;
1	Bella	dog	Labrador Retriever	2021-05-10	F	981020000123401
2	Max	dog	Beagle	2019-03-01	M	981020000123402
3	Luna	cat	\N	2023-06-01	F	\N
4	Oscar	cat	Maine Coon	2017-08-01	M	981020000123404
5	Max	cat	European Shorthair	2022-02-01	M	981020000123405
6	Rocky	dog	Staffordshire Bull Terrier	2020-11-01	M	\N
7	Nala	cat	Siamese	2024-04-01	F	\N
8	Pip	rabbit	Netherland Dwarf	2024-03-15	M	\N
9	Daisy	rabbit	\N	\N	F	\N
10	Bruno	dog	\N	2016-01-01	M	981020000123410
11	Mimi	cat	\N	2024-09-01	F	\N
12	Kiwi	bird	Budgerigar	2024-01-01	U	\N
13	Rex	dog	German Shepherd	2018-06-01	M	981020000123413
14	Cleo	cat	Bengal	2021-12-01	F	981020000123414
15	Tigger	cat	\N	2023-03-01	M	\N
16	Coco	dog	Poodle mix	2022-07-01	F	\N
17	Simba	cat	Persian	2020-05-01	M	981020000123417
18	Hazel	rabbit	Lionhead	2023-10-01	F	\N
19	Lola	dog	Border Collie	2023-02-01	F	\N
20	Felix	cat	\N	\N	M	\N
21	Pepper	cat	Bombay	2022-11-01	F	981020000123421
22	Buddy	dog	Golden Retriever	2024-05-01	M	981020000123422
23	Sunny	bird	Cockatiel	2022-04-01	U	\N
24	Thumper	rabbit	\N	2024-06-01	M	\N
25	Misty	cat	Ragdoll	2019-09-01	F	981020000123425
26	Zeus	dog	Rottweiler	2021-01-01	M	981020000123426
27	Ginger	cat	\N	2025-04-01	F	\N
28	Milo	dog	Jack Russell Terrier	2025-02-01	M	\N
\.


--
-- Data for Name: foster_placements; Type: TABLE DATA; Schema: shelter; Owner: postgres
--

COPY shelter.foster_placements (placement_id, animal_id, volunteer_id, start_date, end_date) FROM stdin;
1	4	3	2025-02-01	2025-03-09
2	8	5	2025-03-10	2025-04-20
3	4	3	2025-05-01	\N
4	10	6	2025-04-01	2025-06-15
5	17	9	2025-06-16	2025-08-31
6	18	8	2025-06-18	\N
7	9	5	2025-03-20	2025-06-05
8	6	1	2025-07-05	2025-09-30
9	5	10	2025-06-01	2025-06-14
10	3	3	2025-02-05	2025-03-25
11	25	11	2025-10-20	\N
12	21	5	2025-08-10	2025-09-15
13	26	1	2025-11-10	\N
14	23	4	2025-09-05	2025-10-01
15	13	6	2025-05-01	2025-06-20
16	5	10	2025-12-01	\N
\.


--
-- Data for Name: intakes; Type: TABLE DATA; Schema: shelter; Owner: postgres
--

COPY shelter.intakes (intake_id, animal_id, site_id, intake_type, intake_at, found_location, notes) FROM stdin;
1	1	1	stray	2025-01-08 08:30:00+00	Parc de Laeken	\N
2	2	1	surrender	2025-01-15 13:00:00+00	\N	owner moving abroad
3	3	2	stray	2025-01-20 10:15:00+00	Dok Noord	\N
4	4	1	surrender	2025-01-27 09:00:00+00	\N	owner deceased
5	5	2	surrender	2025-02-03 15:20:00+00	\N	\N
6	6	1	stray	2025-02-11 07:45:00+00	Schaerbeek station	\N
7	7	2	stray	2025-02-19 12:00:00+00	Rabot	\N
8	8	2	surrender	2025-03-04 09:30:00+00	\N	children lost interest
9	9	2	stray	2025-03-12 11:00:00+00	Citadelpark	\N
10	10	1	transfer	2025-03-18 14:00:00+00	\N	from Veeweyde Anderlecht
11	11	2	stray	2025-04-02 07:00:00+00	Muide	kitten, about 7 months
12	12	1	surrender	2025-04-09 09:00:00+00	\N	\N
13	13	1	transfer	2025-04-22 08:00:00+00	\N	from SPA Liège
14	14	2	surrender	2025-05-06 12:30:00+00	\N	allergy in family
15	15	2	stray	2025-05-14 15:00:00+00	Ledeberg	\N
16	16	1	stray	2025-05-28 08:10:00+00	Evere cemetery	\N
17	17	1	surrender	2025-06-03 10:40:00+00	\N	\N
18	18	2	transfer	2025-06-17 07:20:00+00	\N	from Kortrijk shelter
19	19	1	stray	2025-07-01 08:00:00+00	Bois de la Cambre	\N
20	20	2	stray	2025-07-15 13:45:00+00	Sint-Amandsberg	\N
21	21	2	surrender	2025-08-05 09:30:00+00	\N	\N
22	22	1	transfer	2025-08-19 11:00:00+00	\N	from Mechelen shelter
23	23	1	surrender	2025-09-02 08:00:00+00	\N	owner in care home
24	24	2	stray	2025-09-23 14:00:00+00	Blaarmeersen	\N
25	25	1	surrender	2025-10-14 07:40:00+00	\N	\N
26	26	1	transfer	2025-11-04 13:00:00+00	\N	police seizure
27	27	2	stray	2025-11-20 09:30:00+00	Wondelgem	kitten
28	28	1	surrender	2026-01-07 10:00:00+00	\N	puppy, unplanned litter
29	12	2	transfer	2025-06-01 08:00:00+00	\N	moved from Brussels North (aviary space)
\.


--
-- Data for Name: sites; Type: TABLE DATA; Schema: shelter; Owner: postgres
--

COPY shelter.sites (site_id, code, name, city, opened_on) FROM stdin;
1	BRU	Brussels North	Brussels	2019-04-01
2	GNT	Ghent Harbour	Ghent	2022-09-15
\.


--
-- Data for Name: vet_checks; Type: TABLE DATA; Schema: shelter; Owner: postgres
--

COPY shelter.vet_checks (check_id, animal_id, check_date, vet_name, weight_g, vaccinated, notes) FROM stdin;
1	1	2025-01-09	Dr. Hoste	27800	f	intake check, thin
2	1	2025-01-30	Dr. Hoste	28100	t	\N
3	1	2025-02-12	Dr. Hoste	28300	t	pre-adoption
4	2	2025-01-16	Dr. Hoste	13900	t	\N
5	2	2025-03-21	Dr. Hoste	13500	t	after return
6	2	2025-04-28	Dr. Verhaegen	13700	t	\N
7	3	2025-01-21	Dr. Claeys	3600	f	\N
8	3	2025-02-10	Dr. Claeys	3800	t	\N
9	4	2025-01-28	Dr. Hoste	7900	t	overweight
10	4	2025-06-02	Dr. Claeys	7450	t	\N
11	5	2025-02-04	Dr. Claeys	4500	f	\N
12	5	2025-06-03	Dr. Claeys	4700	t	\N
13	6	2025-02-12	Dr. Hoste	21000	t	\N
14	6	2025-07-03	Dr. Verhaegen	20400	t	after return
15	7	2025-02-20	Dr. Claeys	2900	f	\N
16	7	2025-03-18	Dr. Claeys	3100	t	\N
17	8	2025-03-05	Dr. Claeys	1150	f	\N
18	9	2025-03-13	Dr. Claeys	1800	t	\N
19	10	2025-03-19	Dr. Verhaegen	31500	t	arthritis
20	10	2025-05-20	Dr. Verhaegen	30800	t	\N
21	10	2025-06-16	Dr. Hoste	30200	t	\N
22	11	2025-04-03	Dr. Claeys	1200	f	\N
23	11	2025-05-02	Dr. Claeys	1900	t	\N
25	14	2025-05-07	Dr. Claeys	4200	t	\N
26	14	2025-10-06	Dr. Claeys	4350	t	after return
27	15	2025-05-15	Dr. Claeys	5100	f	\N
28	15	2025-08-20	Dr. Claeys	5300	t	\N
30	17	2025-06-04	Dr. Hoste	6000	t	\N
32	19	2025-07-02	Dr. Verhaegen	16500	f	\N
33	19	2025-07-25	Dr. Verhaegen	16800	t	\N
34	20	2025-07-16	Dr. Claeys	4800	t	\N
35	21	2025-08-06	Dr. Claeys	3900	t	\N
36	22	2025-08-20	Dr. Hoste	12000	f	\N
37	22	2025-09-10	Dr. Hoste	13500	t	\N
39	25	2025-10-15	Dr. Hoste	5200	t	\N
40	25	2026-01-14	Dr. Hoste	5050	t	\N
42	27	2025-11-21	Dr. Claeys	900	f	kitten
43	27	2025-12-19	Dr. Claeys	1400	t	\N
44	27	2026-01-16	Dr. Claeys	1850	t	\N
45	28	2026-01-08	Dr. Hoste	2600	f	puppy, first shots due
\.


--
-- Data for Name: volunteers; Type: TABLE DATA; Schema: shelter; Owner: postgres
--

COPY shelter.volunteers (volunteer_id, full_name, email, site_id, joined_on, mentor_id) FROM stdin;
1	Anke Verbeke	anke.verbeke@pawswhiskers.be	1	2024-01-15	\N
2	Pieter De Vos	pieter.devos@pawswhiskers.be	2	2024-03-01	\N
3	Sarah Lemmens	sarah.lemmens@pawswhiskers.be	1	2024-06-10	1
4	Tom Wuyts	tom.wuyts@pawswhiskers.be	2	2024-09-02	1
5	Ines Bogaert	ines.bogaert@pawswhiskers.be	2	2025-01-20	2
6	Karim El Amrani	karim.elamrani@pawswhiskers.be	1	2025-02-03	3
7	Laura Michiels	laura.michiels@pawswhiskers.be	1	2025-03-15	2
8	Bram Hendrickx	bram.hendrickx@pawswhiskers.be	2	2025-04-01	4
9	Yasmine Aerts	yasmine.aerts@pawswhiskers.be	1	2025-05-12	1
10	Dries Coppens	dries.coppens@pawswhiskers.be	2	2025-06-30	3
11	Eva Smets	eva.smets@pawswhiskers.be	1	2025-09-01	\N
12	Jens Claes	jens.claes@pawswhiskers.be	2	2026-01-05	5
\.


--
-- Name: adopters adopters_email_key; Type: CONSTRAINT; Schema: shelter; Owner: postgres
--

ALTER TABLE ONLY shelter.adopters
    ADD CONSTRAINT adopters_email_key UNIQUE (email);


--
-- Name: adopters adopters_pkey; Type: CONSTRAINT; Schema: shelter; Owner: postgres
--

ALTER TABLE ONLY shelter.adopters
    ADD CONSTRAINT adopters_pkey PRIMARY KEY (adopter_id);


--
-- Name: adoption_returns adoption_returns_adoption_id_key; Type: CONSTRAINT; Schema: shelter; Owner: postgres
--

ALTER TABLE ONLY shelter.adoption_returns
    ADD CONSTRAINT adoption_returns_adoption_id_key UNIQUE (adoption_id);


--
-- Name: adoption_returns adoption_returns_pkey; Type: CONSTRAINT; Schema: shelter; Owner: postgres
--

ALTER TABLE ONLY shelter.adoption_returns
    ADD CONSTRAINT adoption_returns_pkey PRIMARY KEY (return_id);


--
-- Name: adoptions adoptions_pkey; Type: CONSTRAINT; Schema: shelter; Owner: postgres
--

ALTER TABLE ONLY shelter.adoptions
    ADD CONSTRAINT adoptions_pkey PRIMARY KEY (adoption_id);


--
-- Name: animals animals_microchip_no_key; Type: CONSTRAINT; Schema: shelter; Owner: postgres
--

ALTER TABLE ONLY shelter.animals
    ADD CONSTRAINT animals_microchip_no_key UNIQUE (microchip_no);


--
-- Name: animals animals_pkey; Type: CONSTRAINT; Schema: shelter; Owner: postgres
--

ALTER TABLE ONLY shelter.animals
    ADD CONSTRAINT animals_pkey PRIMARY KEY (animal_id);


--
-- Name: foster_placements foster_placements_pkey; Type: CONSTRAINT; Schema: shelter; Owner: postgres
--

ALTER TABLE ONLY shelter.foster_placements
    ADD CONSTRAINT foster_placements_pkey PRIMARY KEY (placement_id);


--
-- Name: intakes intakes_pkey; Type: CONSTRAINT; Schema: shelter; Owner: postgres
--

ALTER TABLE ONLY shelter.intakes
    ADD CONSTRAINT intakes_pkey PRIMARY KEY (intake_id);


--
-- Name: sites sites_code_key; Type: CONSTRAINT; Schema: shelter; Owner: postgres
--

ALTER TABLE ONLY shelter.sites
    ADD CONSTRAINT sites_code_key UNIQUE (code);


--
-- Name: sites sites_pkey; Type: CONSTRAINT; Schema: shelter; Owner: postgres
--

ALTER TABLE ONLY shelter.sites
    ADD CONSTRAINT sites_pkey PRIMARY KEY (site_id);


--
-- Name: vet_checks vet_checks_pkey; Type: CONSTRAINT; Schema: shelter; Owner: postgres
--

ALTER TABLE ONLY shelter.vet_checks
    ADD CONSTRAINT vet_checks_pkey PRIMARY KEY (check_id);


--
-- Name: volunteers volunteers_email_key; Type: CONSTRAINT; Schema: shelter; Owner: postgres
--

ALTER TABLE ONLY shelter.volunteers
    ADD CONSTRAINT volunteers_email_key UNIQUE (email);


--
-- Name: volunteers volunteers_pkey; Type: CONSTRAINT; Schema: shelter; Owner: postgres
--

ALTER TABLE ONLY shelter.volunteers
    ADD CONSTRAINT volunteers_pkey PRIMARY KEY (volunteer_id);


--
-- Name: adoption_returns adoption_returns_adoption_id_fkey; Type: FK CONSTRAINT; Schema: shelter; Owner: postgres
--

ALTER TABLE ONLY shelter.adoption_returns
    ADD CONSTRAINT adoption_returns_adoption_id_fkey FOREIGN KEY (adoption_id) REFERENCES shelter.adoptions(adoption_id);


--
-- Name: adoptions adoptions_adopter_id_fkey; Type: FK CONSTRAINT; Schema: shelter; Owner: postgres
--

ALTER TABLE ONLY shelter.adoptions
    ADD CONSTRAINT adoptions_adopter_id_fkey FOREIGN KEY (adopter_id) REFERENCES shelter.adopters(adopter_id);


--
-- Name: adoptions adoptions_animal_id_fkey; Type: FK CONSTRAINT; Schema: shelter; Owner: postgres
--

ALTER TABLE ONLY shelter.adoptions
    ADD CONSTRAINT adoptions_animal_id_fkey FOREIGN KEY (animal_id) REFERENCES shelter.animals(animal_id);


--
-- Name: adoptions adoptions_site_id_fkey; Type: FK CONSTRAINT; Schema: shelter; Owner: postgres
--

ALTER TABLE ONLY shelter.adoptions
    ADD CONSTRAINT adoptions_site_id_fkey FOREIGN KEY (site_id) REFERENCES shelter.sites(site_id);


--
-- Name: foster_placements foster_placements_animal_id_fkey; Type: FK CONSTRAINT; Schema: shelter; Owner: postgres
--

ALTER TABLE ONLY shelter.foster_placements
    ADD CONSTRAINT foster_placements_animal_id_fkey FOREIGN KEY (animal_id) REFERENCES shelter.animals(animal_id);


--
-- Name: foster_placements foster_placements_volunteer_id_fkey; Type: FK CONSTRAINT; Schema: shelter; Owner: postgres
--

ALTER TABLE ONLY shelter.foster_placements
    ADD CONSTRAINT foster_placements_volunteer_id_fkey FOREIGN KEY (volunteer_id) REFERENCES shelter.volunteers(volunteer_id);


--
-- Name: intakes intakes_animal_id_fkey; Type: FK CONSTRAINT; Schema: shelter; Owner: postgres
--

ALTER TABLE ONLY shelter.intakes
    ADD CONSTRAINT intakes_animal_id_fkey FOREIGN KEY (animal_id) REFERENCES shelter.animals(animal_id);


--
-- Name: intakes intakes_site_id_fkey; Type: FK CONSTRAINT; Schema: shelter; Owner: postgres
--

ALTER TABLE ONLY shelter.intakes
    ADD CONSTRAINT intakes_site_id_fkey FOREIGN KEY (site_id) REFERENCES shelter.sites(site_id);


--
-- Name: vet_checks vet_checks_animal_id_fkey; Type: FK CONSTRAINT; Schema: shelter; Owner: postgres
--

ALTER TABLE ONLY shelter.vet_checks
    ADD CONSTRAINT vet_checks_animal_id_fkey FOREIGN KEY (animal_id) REFERENCES shelter.animals(animal_id);


--
-- Name: volunteers volunteers_mentor_id_fkey; Type: FK CONSTRAINT; Schema: shelter; Owner: postgres
--

ALTER TABLE ONLY shelter.volunteers
    ADD CONSTRAINT volunteers_mentor_id_fkey FOREIGN KEY (mentor_id) REFERENCES shelter.volunteers(volunteer_id);


--
-- Name: volunteers volunteers_site_id_fkey; Type: FK CONSTRAINT; Schema: shelter; Owner: postgres
--

ALTER TABLE ONLY shelter.volunteers
    ADD CONSTRAINT volunteers_site_id_fkey FOREIGN KEY (site_id) REFERENCES shelter.sites(site_id);


--
-- PostgreSQL database dump complete
--

\unrestrict Dtcfpkaf4Kv9f48yO7jIMeizPANMhHXdyt6f3hBs2whaMJ2Ctg7BUkaNrqVZbMN

