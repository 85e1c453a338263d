--
-- PostgreSQL database dump
--

\restrict O5kV2bNKFsULQHr73mbjDXIhug7HdNdyaC8aiNaa2Rs8pDcrH9QcBb6zuxqlp0r

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
-- Name: coop; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA coop;


ALTER SCHEMA coop OWNER TO postgres;

--
-- Name: membership_tier; Type: TYPE; Schema: coop; Owner: postgres
--

CREATE TYPE coop.membership_tier AS ENUM (
    'associate',
    'full',
    'founding'
);


ALTER TYPE coop.membership_tier OWNER TO postgres;

--
-- Name: quality_grade; Type: TYPE; Schema: coop; Owner: postgres
--

CREATE TYPE coop.quality_grade AS ENUM (
    'A',
    'B',
    'C'
);


ALTER TYPE coop.quality_grade OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: deliveries; Type: TABLE; Schema: coop; Owner: postgres
--

CREATE TABLE coop.deliveries (
    delivery_id integer NOT NULL,
    member_id integer NOT NULL,
    product_id integer NOT NULL,
    delivered_at timestamp without time zone NOT NULL,
    weight_kg numeric(9,1) NOT NULL,
    grade coop.quality_grade NOT NULL,
    rejected boolean DEFAULT false NOT NULL
);


ALTER TABLE coop.deliveries OWNER TO postgres;

--
-- Name: COLUMN deliveries.weight_kg; Type: COMMENT; Schema: coop; Owner: postgres
--

COMMENT ON COLUMN coop.deliveries.weight_kg IS 'Net weight of the load in kilograms';


--
-- Name: COLUMN deliveries.rejected; Type: COMMENT; Schema: coop; Owner: postgres
--

COMMENT ON COLUMN coop.deliveries.rejected IS 'true = load refused at the weighbridge; rejected loads are not paid for';


--
-- Name: equipment; Type: TABLE; Schema: coop; Owner: postgres
--

CREATE TABLE coop.equipment (
    equipment_id integer NOT NULL,
    owner_member_id integer NOT NULL,
    name text NOT NULL,
    kind text NOT NULL,
    daily_fee_cents integer NOT NULL
);


ALTER TABLE coop.equipment OWNER TO postgres;

--
-- Name: TABLE equipment; Type: COMMENT; Schema: coop; Owner: postgres
--

COMMENT ON TABLE coop.equipment IS 'Machinery that members make available to other members through the sharing scheme';


--
-- Name: equipment_loans; Type: TABLE; Schema: coop; Owner: postgres
--

CREATE TABLE coop.equipment_loans (
    loan_id integer NOT NULL,
    equipment_id integer NOT NULL,
    borrower_member_id integer NOT NULL,
    borrowed_on date NOT NULL,
    returned_on date
);


ALTER TABLE coop.equipment_loans OWNER TO postgres;

--
-- Name: COLUMN equipment_loans.returned_on; Type: COMMENT; Schema: coop; Owner: postgres
--

COMMENT ON COLUMN coop.equipment_loans.returned_on IS 'NULL = still out with the borrower';


--
-- Name: fields; Type: TABLE; Schema: coop; Owner: postgres
--

CREATE TABLE coop.fields (
    field_id integer NOT NULL,
    member_id integer NOT NULL,
    field_name text NOT NULL,
    crop_product_id integer NOT NULL,
    hectares numeric(6,2) NOT NULL,
    irrigated boolean DEFAULT false NOT NULL
);


ALTER TABLE coop.fields OWNER TO postgres;

--
-- Name: members; Type: TABLE; Schema: coop; Owner: postgres
--

CREATE TABLE coop.members (
    member_id integer NOT NULL,
    farm_name text NOT NULL,
    owner_name text NOT NULL,
    region text NOT NULL,
    tier coop.membership_tier NOT NULL,
    joined_on date NOT NULL,
    left_on date,
    referred_by integer
);


ALTER TABLE coop.members OWNER TO postgres;

--
-- Name: TABLE members; Type: COMMENT; Schema: coop; Owner: postgres
--

COMMENT ON TABLE coop.members IS 'Member farms of the cooperative, past and present';


--
-- Name: COLUMN members.left_on; Type: COMMENT; Schema: coop; Owner: postgres
--

COMMENT ON COLUMN coop.members.left_on IS 'Date the farm left the cooperative; NULL = still a member';


--
-- Name: COLUMN members.referred_by; Type: COMMENT; Schema: coop; Owner: postgres
--

COMMENT ON COLUMN coop.members.referred_by IS 'Member who recommended this farm for membership';


--
-- Name: payments; Type: TABLE; Schema: coop; Owner: postgres
--

CREATE TABLE coop.payments (
    payment_id integer NOT NULL,
    member_id integer NOT NULL,
    amount_cents bigint NOT NULL,
    issued_on date NOT NULL,
    paid_on date,
    reference text NOT NULL
);


ALTER TABLE coop.payments OWNER TO postgres;

--
-- Name: COLUMN payments.amount_cents; Type: COMMENT; Schema: coop; Owner: postgres
--

COMMENT ON COLUMN coop.payments.amount_cents IS 'Amount owed to the member, in euro cents';


--
-- Name: COLUMN payments.paid_on; Type: COMMENT; Schema: coop; Owner: postgres
--

COMMENT ON COLUMN coop.payments.paid_on IS 'Date the money was transferred; NULL = not paid yet';


--
-- Name: price_list; Type: TABLE; Schema: coop; Owner: postgres
--

CREATE TABLE coop.price_list (
    price_id integer NOT NULL,
    product_id integer NOT NULL,
    price_per_tonne_cents integer NOT NULL,
    valid_from date NOT NULL,
    valid_to date
);


ALTER TABLE coop.price_list OWNER TO postgres;

--
-- Name: COLUMN price_list.price_per_tonne_cents; Type: COMMENT; Schema: coop; Owner: postgres
--

COMMENT ON COLUMN coop.price_list.price_per_tonne_cents IS 'Price paid to members, in euro cents per metric tonne';


--
-- Name: COLUMN price_list.valid_to; Type: COMMENT; Schema: coop; Owner: postgres
--

COMMENT ON COLUMN coop.price_list.valid_to IS 'Last day (inclusive) the price applies; NULL = current price';


--
-- Name: products; Type: TABLE; Schema: coop; Owner: postgres
--

CREATE TABLE coop.products (
    product_id integer NOT NULL,
    name text NOT NULL,
    category text NOT NULL,
    organic boolean DEFAULT false NOT NULL,
    CONSTRAINT products_category_check CHECK ((category = ANY (ARRAY['grain'::text, 'oilseed'::text, 'pulse'::text])))
);


ALTER TABLE coop.products OWNER TO postgres;

--
-- Data for Name: deliveries; Type: TABLE DATA; Schema: coop; Owner: postgres
--

COPY coop.deliveries (delivery_id, member_id, product_id, delivered_at, weight_kg, grade, rejected) FROM stdin;
1	1	1	2023-03-14 09:20:00	18450.0	A	f
2	2	1	2023-07-22 10:05:00	22300.0	B	f
3	3	3	2023-08-03 08:40:00	9800.0	A	f
4	3	3	2023-08-29 15:10:00	7600.0	B	f
5	5	3	2023-09-12 11:00:00	11200.0	C	t
6	2	3	2023-08-15 13:30:00	8400.0	A	f
7	1	2	2023-07-05 07:50:00	15100.0	A	f
8	7	1	2023-06-30 16:45:00	25600.0	A	f
9	7	6	2023-09-20 09:00:00	6200.0	A	f
10	4	5	2023-10-02 14:20:00	5300.0	B	f
11	5	1	2023-08-10 10:10:00	19900.0	B	f
12	8	4	2023-09-28 12:00:00	7400.0	A	f
13	14	1	2023-07-18 08:30:00	27800.0	A	f
14	14	2	2023-07-25 09:15:00	16400.0	B	f
15	6	2	2023-07-30 11:45:00	9100.0	C	t
16	10	3	2023-08-21 10:30:00	10300.0	B	f
17	12	5	2023-10-15 13:00:00	4800.0	C	f
18	2	3	2023-09-05 09:45:00	6900.0	B	f
19	3	1	2023-12-01 10:00:00	12000.0	A	f
20	1	1	2024-03-31 16:30:00	14200.0	A	f
21	9	4	2024-03-01 07:10:00	3900.0	B	f
22	5	5	2024-03-15 12:20:00	6100.0	A	f
23	13	2	2024-03-20 14:00:00	2800.0	C	t
24	2	1	2024-06-30 14:00:00	20700.0	A	f
25	7	1	2024-07-01 08:15:00	24100.0	A	f
26	8	4	2024-08-12 10:40:00	8200.0	A	f
27	14	1	2024-07-19 09:30:00	26300.0	B	f
28	10	3	2024-08-07 11:15:00	9700.0	A	f
29	4	5	2024-04-01 09:00:00	4500.0	B	f
30	11	6	2024-09-10 10:20:00	3600.0	A	f
31	5	3	2024-08-19 13:50:00	10800.0	C	t
32	1	2	2024-07-11 08:00:00	15900.0	A	f
33	9	4	2024-09-02 15:30:00	4100.0	C	f
34	2	2	2024-07-15 09:40:00	12500.0	B	f
35	13	5	2024-10-08 11:05:00	3200.0	B	f
36	7	6	2024-09-25 10:00:00	7000.0	A	f
\.


--
-- Data for Name: equipment; Type: TABLE DATA; Schema: coop; Owner: postgres
--

COPY coop.equipment (equipment_id, owner_member_id, name, kind, daily_fee_cents) FROM stdin;
1	1	Claas Lexion combine	harvester	45000
2	7	Amazone seed drill	drill	12000
3	2	Kuhn field sprayer	sprayer	8000
4	5	Krone round baler	baler	9500
5	14	Fendt 720 tractor	tractor	15000
6	1	18 t grain trailer	trailer	4000
7	8	Lemken reversible plough	plough	6000
8	10	Flail mulcher	mulcher	5000
\.


--
-- Data for Name: equipment_loans; Type: TABLE DATA; Schema: coop; Owner: postgres
--

COPY coop.equipment_loans (loan_id, equipment_id, borrower_member_id, borrowed_on, returned_on) FROM stdin;
1	1	2	2023-07-20	2023-07-24
2	1	5	2023-08-05	2023-08-09
3	1	14	2024-07-15	2024-07-20
4	2	8	2023-09-10	2023-09-12
5	2	11	2024-09-01	2024-09-03
6	2	8	2024-03-05	2024-03-07
7	3	4	2023-05-12	2023-05-13
8	3	9	2024-05-20	\N
9	4	3	2023-06-01	2023-06-05
10	5	13	2024-04-02	2024-04-10
11	5	10	2024-10-01	\N
12	6	5	2024-07-28	2024-08-01
13	6	14	2023-07-16	2023-07-19
14	7	5	2023-10-20	2023-10-22
15	1	2	2024-07-25	\N
16	4	6	2024-06-10	2024-06-12
17	6	2	2024-07-02	2024-07-03
\.


--
-- Data for Name: fields; Type: TABLE DATA; Schema: coop; Owner: postgres
--

COPY coop.fields (field_id, member_id, field_name, crop_product_id, hectares, irrigated) FROM stdin;
1	1	Top Meadow	1	42.50	f
2	1	Long Acre	2	30.00	f
3	1	Church Piece	3	12.25	f
4	2	Brook Field	1	38.00	t
5	2	Mill Close	3	20.50	f
6	2	Hanging Field	2	18.00	f
7	3	Oak Ground	3	25.00	f
8	3	Ridge Field	1	30.00	f
9	4	River Strip	5	15.75	t
10	5	South Lea	1	28.00	f
11	5	Sun Bank	5	12.00	t
12	5	Far Piece	3	22.40	f
13	6	Willow Bottom	2	19.50	t
14	7	Stone Acre	1	45.00	f
15	7	Quarry Field	6	14.00	f
16	8	Vale End	4	16.00	f
17	8	Green Lane	6	9.50	f
18	9	Lark Rise	4	11.20	f
19	10	Birch Hill	3	24.00	f
20	10	Lower Birch	2	10.00	t
21	11	Elm Close	6	8.75	f
22	11	Pond Field	4	6.50	f
23	12	Foxes Den	5	13.30	f
24	13	Kings Piece	2	7.80	f
25	13	Mead Corner	5	5.20	t
26	14	Thorn Field	1	50.00	f
27	14	Bury Acre	2	33.00	t
\.


--
-- Data for Name: members; Type: TABLE DATA; Schema: coop; Owner: postgres
--

COPY coop.members (member_id, farm_name, owner_name, region, tier, joined_on, left_on, referred_by) FROM stdin;
1	Hillcrest Farm	Anna Berger	North	founding	2015-03-01	\N	\N
7	Stonefield Farm	Clara Fischer	North	founding	2015-03-01	\N	\N
14	Thornbury Farm	Lukas Neumann	South	founding	2015-03-01	\N	\N
2	Meadowbrook Farm	Tomas Keller	North	full	2016-05-10	\N	1
3	Oakridge Acres	Lena Vogel	South	full	2017-02-14	2023-12-31	1
4	Riverbend Farm	Jonas Weber	East	associate	2019-08-01	\N	2
5	Sunnyside Farm	Marta Huber	South	full	2018-04-20	\N	\N
6	Willow Creek Farm	Felix Braun	West	associate	2020-01-15	2024-06-30	5
8	Greenvale Farm	Paul Schmid	East	full	2021-09-01	\N	7
9	Larkspur Farm	Sofia Wagner	West	associate	2022-03-12	\N	2
10	Birchwood Farm	Max Hofmann	South	full	2022-11-05	\N	5
11	Elmstead Farm	Eva Maier	East	associate	2023-02-01	\N	2
12	Foxglove Farm	David Richter	West	full	2023-06-18	2024-03-31	7
13	Kingsmead Farm	Nina Wolf	North	associate	2024-01-10	\N	8
\.


--
-- Data for Name: payments; Type: TABLE DATA; Schema: coop; Owner: postgres
--

COPY coop.payments (payment_id, member_id, amount_cents, issued_on, paid_on, reference) FROM stdin;
1	1	712500	2023-04-15	2023-04-30	Wheat harvest advance 2023
2	2	1035000	2023-08-15	2023-08-31	Summer deliveries 2023
3	3	620000	2023-09-15	2023-09-30	Rapeseed 2023
4	7	550400	2023-07-15	2023-07-31	Wheat 2023
5	14	829000	2023-08-15	2023-08-31	Summer deliveries 2023
6	5	394000	2023-09-15	2023-10-02	Wheat 2023
7	4	127200	2023-10-15	2023-10-31	Beans 2023
8	8	192400	2023-10-15	2023-10-31	Oats 2023
9	10	448050	2023-09-15	2023-09-30	Rapeseed 2023
10	12	115200	2023-11-15	2023-11-30	Beans 2023
11	3	237600	2023-12-15	\N	Wheat December 2023
12	6	45500	2024-01-15	\N	Dividend 2023
13	1	281160	2024-04-15	2024-04-30	Wheat March 2024
14	5	146400	2024-04-15	\N	Beans March 2024
15	9	101400	2024-04-15	2024-05-02	Oats March 2024
16	2	409860	2024-07-15	2024-07-31	Wheat June 2024
17	7	494050	2024-07-15	\N	Wheat July 2024
18	14	539150	2024-08-15	\N	Wheat July 2024
19	1	274275	2024-07-31	\N	Barley July 2024
20	8	213200	2024-09-15	\N	Oats August 2024
21	11	144000	2024-10-15	\N	Spelt September 2024
22	6	38000	2024-07-15	\N	Dividend final
23	12	20000	2024-04-15	2024-05-10	Dividend final
24	10	420000	2024-08-31	2024-09-15	Rapeseed August 2024
25	7	60000	2024-10-15	\N	Dividend 2024
\.


--
-- Data for Name: price_list; Type: TABLE DATA; Schema: coop; Owner: postgres
--

COPY coop.price_list (price_id, product_id, price_per_tonne_cents, valid_from, valid_to) FROM stdin;
1	1	21500	2023-01-01	2023-06-30
2	1	19800	2023-07-01	2024-06-30
3	1	20500	2024-07-01	\N
4	2	18000	2023-01-01	2023-12-31
5	2	17250	2024-01-01	\N
6	3	46000	2023-01-01	2023-08-31
7	3	43500	2023-09-01	\N
8	4	26000	2023-01-01	\N
9	5	24000	2023-01-01	2024-03-31
10	5	25500	2024-04-01	\N
11	6	38000	2023-01-01	2023-12-31
12	6	40000	2024-01-01	\N
13	7	41000	2024-01-01	\N
\.


--
-- Data for Name: products; Type: TABLE DATA; Schema: coop; Owner: postgres
--

COPY coop.products (product_id, name, category, organic) FROM stdin;
1	Winter wheat	grain	f
2	Spring barley	grain	f
3	Rapeseed	oilseed	f
4	Organic oats	grain	t
5	Field beans	pulse	f
6	Organic spelt	grain	t
7	Sunflower	oilseed	f
\.


--
-- Name: deliveries deliveries_pkey; Type: CONSTRAINT; Schema: coop; Owner: postgres
--

ALTER TABLE ONLY coop.deliveries
    ADD CONSTRAINT deliveries_pkey PRIMARY KEY (delivery_id);


--
-- Name: equipment_loans equipment_loans_pkey; Type: CONSTRAINT; Schema: coop; Owner: postgres
--

ALTER TABLE ONLY coop.equipment_loans
    ADD CONSTRAINT equipment_loans_pkey PRIMARY KEY (loan_id);


--
-- Name: equipment equipment_pkey; Type: CONSTRAINT; Schema: coop; Owner: postgres
--

ALTER TABLE ONLY coop.equipment
    ADD CONSTRAINT equipment_pkey PRIMARY KEY (equipment_id);


--
-- Name: fields fields_pkey; Type: CONSTRAINT; Schema: coop; Owner: postgres
--

ALTER TABLE ONLY coop.fields
    ADD CONSTRAINT fields_pkey PRIMARY KEY (field_id);


--
-- Name: members members_farm_name_key; Type: CONSTRAINT; Schema: coop; Owner: postgres
--

ALTER TABLE ONLY coop.members
    ADD CONSTRAINT members_farm_name_key UNIQUE (farm_name);


--
-- Name: members members_pkey; Type: CONSTRAINT; Schema: coop; Owner: postgres
--

ALTER TABLE ONLY coop.members
    ADD CONSTRAINT members_pkey PRIMARY KEY (member_id);


--
-- Name: payments payments_pkey; Type: CONSTRAINT; Schema: coop; Owner: postgres
--

ALTER TABLE ONLY coop.payments
    ADD CONSTRAINT payments_pkey PRIMARY KEY (payment_id);


--
-- Name: price_list price_list_pkey; Type: CONSTRAINT; Schema: coop; Owner: postgres
--

ALTER TABLE ONLY coop.price_list
    ADD CONSTRAINT price_list_pkey PRIMARY KEY (price_id);


--
-- Name: products products_name_key; Type: CONSTRAINT; Schema: coop; Owner: postgres
--

ALTER TABLE ONLY coop.products
    ADD CONSTRAINT products_name_key UNIQUE (name);


--
-- Name: products products_pkey; Type: CONSTRAINT; Schema: coop; Owner: postgres
--

ALTER TABLE ONLY coop.products
    ADD CONSTRAINT products_pkey PRIMARY KEY (product_id);


--
-- Name: deliveries deliveries_member_id_fkey; Type: FK CONSTRAINT; Schema: coop; Owner: postgres
--

ALTER TABLE ONLY coop.deliveries
    ADD CONSTRAINT deliveries_member_id_fkey FOREIGN KEY (member_id) REFERENCES coop.members(member_id);


--
-- Name: deliveries deliveries_product_id_fkey; Type: FK CONSTRAINT; Schema: coop; Owner: postgres
--

ALTER TABLE ONLY coop.deliveries
    ADD CONSTRAINT deliveries_product_id_fkey FOREIGN KEY (product_id) REFERENCES coop.products(product_id);


--
-- Name: equipment_loans equipment_loans_borrower_member_id_fkey; Type: FK CONSTRAINT; Schema: coop; Owner: postgres
--

ALTER TABLE ONLY coop.equipment_loans
    ADD CONSTRAINT equipment_loans_borrower_member_id_fkey FOREIGN KEY (borrower_member_id) REFERENCES coop.members(member_id);


--
-- Name: equipment_loans equipment_loans_equipment_id_fkey; Type: FK CONSTRAINT; Schema: coop; Owner: postgres
--

ALTER TABLE ONLY coop.equipment_loans
    ADD CONSTRAINT equipment_loans_equipment_id_fkey FOREIGN KEY (equipment_id) REFERENCES coop.equipment(equipment_id);


--
-- Name: equipment equipment_owner_member_id_fkey; Type: FK CONSTRAINT; Schema: coop; Owner: postgres
--

ALTER TABLE ONLY coop.equipment
    ADD CONSTRAINT equipment_owner_member_id_fkey FOREIGN KEY (owner_member_id) REFERENCES coop.members(member_id);


--
-- Name: fields fields_crop_product_id_fkey; Type: FK CONSTRAINT; Schema: coop; Owner: postgres
--

ALTER TABLE ONLY coop.fields
    ADD CONSTRAINT fields_crop_product_id_fkey FOREIGN KEY (crop_product_id) REFERENCES coop.products(product_id);


--
-- Name: fields fields_member_id_fkey; Type: FK CONSTRAINT; Schema: coop; Owner: postgres
--

ALTER TABLE ONLY coop.fields
    ADD CONSTRAINT fields_member_id_fkey FOREIGN KEY (member_id) REFERENCES coop.members(member_id);


--
-- Name: members members_referred_by_fkey; Type: FK CONSTRAINT; Schema: coop; Owner: postgres
--

ALTER TABLE ONLY coop.members
    ADD CONSTRAINT members_referred_by_fkey FOREIGN KEY (referred_by) REFERENCES coop.members(member_id);


--
-- Name: payments payments_member_id_fkey; Type: FK CONSTRAINT; Schema: coop; Owner: postgres
--

ALTER TABLE ONLY coop.payments
    ADD CONSTRAINT payments_member_id_fkey FOREIGN KEY (member_id) REFERENCES coop.members(member_id);


--
-- Name: price_list price_list_product_id_fkey; Type: FK CONSTRAINT; Schema: coop; Owner: postgres
--

ALTER TABLE ONLY coop.price_list
    ADD CONSTRAINT price_list_product_id_fkey FOREIGN KEY (product_id) REFERENCES coop.products(product_id);


--
-- PostgreSQL database dump complete
--

\unrestrict O5kV2bNKFsULQHr73mbjDXIhug7HdNdyaC8aiNaa2Rs8pDcrH9QcBb6zuxqlp0r

