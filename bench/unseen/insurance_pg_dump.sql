--
-- PostgreSQL database dump
--

\restrict WoqHwGWg3SGWuAPtw2ADgTIinXxjz0NAvsQQ6HbyD7GeHuVLOVE9o6pw9Adt8Nm

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
-- Name: insurance; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA insurance;


ALTER SCHEMA insurance OWNER TO postgres;

--
-- Name: claim_status; Type: TYPE; Schema: insurance; Owner: postgres
--

CREATE TYPE insurance.claim_status AS ENUM (
    'open',
    'under_review',
    'approved',
    'rejected'
);


ALTER TYPE insurance.claim_status OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: adjusters; Type: TABLE; Schema: insurance; Owner: postgres
--

CREATE TABLE insurance.adjusters (
    adjuster_id integer NOT NULL,
    full_name text NOT NULL,
    hired_on date NOT NULL,
    supervisor_id integer
);


ALTER TABLE insurance.adjusters OWNER TO postgres;

--
-- Name: COLUMN adjusters.supervisor_id; Type: COMMENT; Schema: insurance; Owner: postgres
--

COMMENT ON COLUMN insurance.adjusters.supervisor_id IS 'the adjuster this adjuster reports to; NULL for team leads';


--
-- Name: claim_assignments; Type: TABLE; Schema: insurance; Owner: postgres
--

CREATE TABLE insurance.claim_assignments (
    claim_id integer NOT NULL,
    adjuster_id integer NOT NULL,
    assigned_on date NOT NULL
);


ALTER TABLE insurance.claim_assignments OWNER TO postgres;

--
-- Name: claims; Type: TABLE; Schema: insurance; Owner: postgres
--

CREATE TABLE insurance.claims (
    claim_id integer NOT NULL,
    policy_id integer NOT NULL,
    incident_date date NOT NULL,
    filed_at timestamp with time zone NOT NULL,
    amount_claimed numeric(12,2) NOT NULL,
    amount_paid numeric(12,2),
    status insurance.claim_status DEFAULT 'open'::insurance.claim_status NOT NULL,
    CONSTRAINT claims_amount_claimed_check CHECK ((amount_claimed > (0)::numeric)),
    CONSTRAINT claims_amount_paid_check CHECK ((amount_paid >= (0)::numeric))
);


ALTER TABLE insurance.claims OWNER TO postgres;

--
-- Name: COLUMN claims.amount_paid; Type: COMMENT; Schema: insurance; Owner: postgres
--

COMMENT ON COLUMN insurance.claims.amount_paid IS 'euros paid out; NULL until the claim has been paid';


--
-- Name: policies; Type: TABLE; Schema: insurance; Owner: postgres
--

CREATE TABLE insurance.policies (
    policy_id integer NOT NULL,
    policy_number text NOT NULL,
    policyholder_id integer NOT NULL,
    product_type text NOT NULL,
    annual_premium numeric(10,2) NOT NULL,
    start_date date NOT NULL,
    end_date date,
    CONSTRAINT policies_annual_premium_check CHECK ((annual_premium > (0)::numeric)),
    CONSTRAINT policies_check CHECK (((end_date IS NULL) OR (end_date > start_date))),
    CONSTRAINT policies_product_type_check CHECK ((product_type = ANY (ARRAY['auto'::text, 'home'::text, 'travel'::text, 'life'::text])))
);


ALTER TABLE insurance.policies OWNER TO postgres;

--
-- Name: COLUMN policies.annual_premium; Type: COMMENT; Schema: insurance; Owner: postgres
--

COMMENT ON COLUMN insurance.policies.annual_premium IS 'yearly premium in euros';


--
-- Name: COLUMN policies.end_date; Type: COMMENT; Schema: insurance; Owner: postgres
--

COMMENT ON COLUMN insurance.policies.end_date IS 'NULL while the policy is still active';


--
-- Name: policyholders; Type: TABLE; Schema: insurance; Owner: postgres
--

CREATE TABLE insurance.policyholders (
    policyholder_id integer NOT NULL,
    full_name text NOT NULL,
    email text NOT NULL,
    date_of_birth date NOT NULL,
    region text NOT NULL,
    CONSTRAINT policyholders_region_check CHECK ((region = ANY (ARRAY['Flanders'::text, 'Wallonia'::text, 'Brussels'::text])))
);


ALTER TABLE insurance.policyholders OWNER TO postgres;

--
-- Name: COLUMN policyholders.region; Type: COMMENT; Schema: insurance; Owner: postgres
--

COMMENT ON COLUMN insurance.policyholders.region IS 'Belgian region of residence';


--
-- Data for Name: adjusters; Type: TABLE DATA; Schema: insurance; Owner: postgres
--

COPY insurance.adjusters (adjuster_id, full_name, hired_on, supervisor_id) FROM stdin;
1	Karen Dupont	2010-02-01	\N
2	Wim De Smet	2012-09-15	\N
3	Laura Jacobs	2016-04-11	1
4	Hugo Martin	2018-01-08	1
5	Eva Hermans	2019-06-03	2
6	Olivier Simon	2021-03-22	2
7	Lotte Wouters	2022-10-17	3
8	Samir Benali	2023-05-02	2
9	Inès Moreau	2024-09-09	4
\.


--
-- Data for Name: claim_assignments; Type: TABLE DATA; Schema: insurance; Owner: postgres
--

COPY insurance.claim_assignments (claim_id, adjuster_id, assigned_on) FROM stdin;
1	3	2024-02-12
2	3	2024-05-06
2	1	2024-05-20
3	4	2024-03-21
4	5	2024-12-02
4	2	2024-12-10
5	6	2025-01-15
6	5	2025-02-03
7	6	2025-02-10
8	4	2025-02-05
9	7	2025-03-13
10	5	2025-04-02
10	2	2025-04-15
11	3	2025-04-07
12	7	2025-04-25
13	8	2025-05-12
14	6	2025-05-23
15	8	2025-07-01
16	5	2025-07-16
17	7	2025-08-04
18	3	2025-09-11
19	8	2025-10-08
\.


--
-- Data for Name: claims; Type: TABLE DATA; Schema: insurance; Owner: postgres
--

COPY insurance.claims (claim_id, policy_id, incident_date, filed_at, amount_claimed, amount_paid, status) FROM stdin;
1	1	2024-02-11	2024-02-12 09:30:00+00	2400.00	2150.00	approved
2	2	2024-05-03	2024-05-06 14:10:00+00	8900.00	7500.00	approved
3	3	2024-03-20	2024-03-21 11:00:00+00	1350.00	\N	rejected
4	6	2024-11-28	2024-12-02 10:45:00+00	15200.00	15200.00	approved
5	8	2025-01-14	2025-01-15 08:20:00+00	3100.00	2800.00	approved
6	9	2025-01-30	2025-02-03 16:05:00+00	4750.00	\N	under_review
7	12	2025-02-09	2025-02-10 13:40:00+00	980.00	980.00	approved
8	5	2025-02-01	2025-02-05 12:00:00+00	650.00	\N	rejected
9	4	2025-03-12	2025-03-12 17:25:00+00	5600.00	\N	approved
10	10	2025-03-28	2025-04-02 10:00:00+00	45000.00	\N	under_review
11	14	2025-04-06	2025-04-07 09:15:00+00	2200.00	1900.00	approved
12	13	2025-04-19	2025-04-25 15:30:00+00	430.00	430.00	approved
13	1	2025-05-10	2025-05-11 11:50:00+00	1750.00	\N	open
14	15	2025-05-22	2025-05-23 10:05:00+00	6400.00	\N	rejected
15	12	2025-06-30	2025-07-01 09:00:00+00	2900.00	2500.00	approved
16	6	2025-07-15	2025-07-16 14:20:00+00	3800.00	\N	open
17	8	2025-08-02	2025-08-04 10:10:00+00	1200.00	\N	open
18	16	2025-09-10	2025-09-10 18:45:00+00	11500.00	\N	under_review
19	2	2025-10-05	2025-10-07 12:30:00+00	2650.00	\N	open
20	9	2025-11-18	2025-11-20 09:40:00+00	7300.00	\N	open
\.


--
-- Data for Name: policies; Type: TABLE DATA; Schema: insurance; Owner: postgres
--

COPY insurance.policies (policy_id, policy_number, policyholder_id, product_type, annual_premium, start_date, end_date) FROM stdin;
1	POL-1001	1	auto	640.00	2021-03-01	\N
2	POL-1002	1	home	415.50	2022-01-15	\N
3	POL-1003	2	auto	720.00	2020-06-01	2024-05-31
4	POL-1004	2	auto	695.00	2024-06-01	\N
5	POL-1005	3	travel	89.90	2024-02-10	2025-02-09
6	POL-1006	4	home	530.00	2019-09-01	\N
7	POL-1007	4	life	1250.00	2018-01-01	\N
8	POL-1008	5	auto	580.25	2023-04-01	\N
9	POL-1009	6	home	380.00	2023-11-01	\N
10	POL-1010	7	life	1840.00	2015-05-01	\N
11	POL-1011	7	home	610.00	2016-08-01	2023-07-31
12	POL-1012	8	auto	810.40	2022-10-01	\N
13	POL-1013	9	travel	120.00	2025-01-05	\N
14	POL-1014	10	home	455.75	2021-05-01	\N
15	POL-1015	11	auto	765.00	2024-09-01	\N
16	POL-1016	12	home	399.00	2025-03-01	\N
\.


--
-- Data for Name: policyholders; Type: TABLE DATA; Schema: insurance; Owner: postgres
--

COPY insurance.policyholders (policyholder_id, full_name, email, date_of_birth, region) FROM stdin;
1	Jan Peeters	jan.peeters@example.be	1978-04-12	Flanders
2	Marie Dubois	marie.dubois@example.be	1985-09-30	Wallonia
3	Lucas Janssens	lucas.janssens@example.be	1992-01-17	Flanders
4	Sophie Lambert	sophie.lambert@example.be	1969-12-03	Brussels
5	Thomas Maes	thomas.maes@example.be	1988-06-21	Flanders
6	Camille Leroy	camille.leroy@example.be	1995-03-08	Wallonia
7	Pieter Claes	pieter.claes@example.be	1957-11-25	Flanders
8	Nadia El Amrani	nadia.elamrani@example.be	1983-07-14	Brussels
9	Elise Willems	elise.willems@example.be	2000-02-29	Flanders
10	Julien Renard	julien.renard@example.be	1974-01-01	Wallonia
11	Ana Costa	ana.costa@example.be	1990-08-15	Brussels
12	Bram Vermeulen	bram.vermeulen@example.be	1999-10-02	Flanders
\.


--
-- Name: adjusters adjusters_pkey; Type: CONSTRAINT; Schema: insurance; Owner: postgres
--

ALTER TABLE ONLY insurance.adjusters
    ADD CONSTRAINT adjusters_pkey PRIMARY KEY (adjuster_id);


--
-- Name: claim_assignments claim_assignments_pkey; Type: CONSTRAINT; Schema: insurance; Owner: postgres
--

ALTER TABLE ONLY insurance.claim_assignments
    ADD CONSTRAINT claim_assignments_pkey PRIMARY KEY (claim_id, adjuster_id);


--
-- Name: claims claims_pkey; Type: CONSTRAINT; Schema: insurance; Owner: postgres
--

ALTER TABLE ONLY insurance.claims
    ADD CONSTRAINT claims_pkey PRIMARY KEY (claim_id);


--
-- Name: policies policies_pkey; Type: CONSTRAINT; Schema: insurance; Owner: postgres
--

ALTER TABLE ONLY insurance.policies
    ADD CONSTRAINT policies_pkey PRIMARY KEY (policy_id);


--
-- Name: policies policies_policy_number_key; Type: CONSTRAINT; Schema: insurance; Owner: postgres
--

ALTER TABLE ONLY insurance.policies
    ADD CONSTRAINT policies_policy_number_key UNIQUE (policy_number);


--
-- Name: policyholders policyholders_email_key; Type: CONSTRAINT; Schema: insurance; Owner: postgres
--

ALTER TABLE ONLY insurance.policyholders
    ADD CONSTRAINT policyholders_email_key UNIQUE (email);


--
-- Name: policyholders policyholders_pkey; Type: CONSTRAINT; Schema: insurance; Owner: postgres
--

ALTER TABLE ONLY insurance.policyholders
    ADD CONSTRAINT policyholders_pkey PRIMARY KEY (policyholder_id);


--
-- Name: claims_policy_id_idx; Type: INDEX; Schema: insurance; Owner: postgres
--

CREATE INDEX claims_policy_id_idx ON insurance.claims USING btree (policy_id);


--
-- Name: adjusters adjusters_supervisor_id_fkey; Type: FK CONSTRAINT; Schema: insurance; Owner: postgres
--

ALTER TABLE ONLY insurance.adjusters
    ADD CONSTRAINT adjusters_supervisor_id_fkey FOREIGN KEY (supervisor_id) REFERENCES insurance.adjusters(adjuster_id);


--
-- Name: claim_assignments claim_assignments_adjuster_id_fkey; Type: FK CONSTRAINT; Schema: insurance; Owner: postgres
--

ALTER TABLE ONLY insurance.claim_assignments
    ADD CONSTRAINT claim_assignments_adjuster_id_fkey FOREIGN KEY (adjuster_id) REFERENCES insurance.adjusters(adjuster_id);


--
-- Name: claim_assignments claim_assignments_claim_id_fkey; Type: FK CONSTRAINT; Schema: insurance; Owner: postgres
--

ALTER TABLE ONLY insurance.claim_assignments
    ADD CONSTRAINT claim_assignments_claim_id_fkey FOREIGN KEY (claim_id) REFERENCES insurance.claims(claim_id);


--
-- Name: claims claims_policy_id_fkey; Type: FK CONSTRAINT; Schema: insurance; Owner: postgres
--

ALTER TABLE ONLY insurance.claims
    ADD CONSTRAINT claims_policy_id_fkey FOREIGN KEY (policy_id) REFERENCES insurance.policies(policy_id);


--
-- Name: policies policies_policyholder_id_fkey; Type: FK CONSTRAINT; Schema: insurance; Owner: postgres
--

ALTER TABLE ONLY insurance.policies
    ADD CONSTRAINT policies_policyholder_id_fkey FOREIGN KEY (policyholder_id) REFERENCES insurance.policyholders(policyholder_id);


--
-- PostgreSQL database dump complete
--

\unrestrict WoqHwGWg3SGWuAPtw2ADgTIinXxjz0NAvsQQ6HbyD7GeHuVLOVE9o6pw9Adt8Nm

