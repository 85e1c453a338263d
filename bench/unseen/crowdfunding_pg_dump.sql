--
-- PostgreSQL database dump
--

\restrict 2PqfU0T9joT4v5LX5FeIGVlcAYskHeFbAfb7HfgWgTnmiMTNaMzDaPqULpwM8Rs

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
-- Name: funding; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA funding;


ALTER SCHEMA funding OWNER TO postgres;

--
-- Name: campaign_status; Type: TYPE; Schema: funding; Owner: postgres
--

CREATE TYPE funding.campaign_status AS ENUM (
    'draft',
    'live',
    'funded',
    'failed',
    'cancelled'
);


ALTER TYPE funding.campaign_status OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: backers; Type: TABLE; Schema: funding; Owner: postgres
--

CREATE TABLE funding.backers (
    backer_id integer NOT NULL,
    username text NOT NULL,
    country_code character(2),
    signed_up date NOT NULL
);


ALTER TABLE funding.backers OWNER TO postgres;

--
-- Name: COLUMN backers.country_code; Type: COMMENT; Schema: funding; Owner: postgres
--

COMMENT ON COLUMN funding.backers.country_code IS 'ISO 3166-1 alpha-2 country code; NULL = not provided';


--
-- Name: COLUMN backers.signed_up; Type: COMMENT; Schema: funding; Owner: postgres
--

COMMENT ON COLUMN funding.backers.signed_up IS 'Date the account was created';


--
-- Name: campaign_updates; Type: TABLE; Schema: funding; Owner: postgres
--

CREATE TABLE funding.campaign_updates (
    update_id integer NOT NULL,
    campaign_id integer NOT NULL,
    posted_at timestamp with time zone NOT NULL,
    title text NOT NULL,
    backers_only boolean DEFAULT false NOT NULL
);


ALTER TABLE funding.campaign_updates OWNER TO postgres;

--
-- Name: TABLE campaign_updates; Type: COMMENT; Schema: funding; Owner: postgres
--

COMMENT ON TABLE funding.campaign_updates IS 'News posts published by creators on a campaign page';


--
-- Name: COLUMN campaign_updates.backers_only; Type: COMMENT; Schema: funding; Owner: postgres
--

COMMENT ON COLUMN funding.campaign_updates.backers_only IS 'true = visible only to people who pledged';


--
-- Name: campaigns; Type: TABLE; Schema: funding; Owner: postgres
--

CREATE TABLE funding.campaigns (
    campaign_id integer NOT NULL,
    creator_id integer NOT NULL,
    category_id integer NOT NULL,
    title text NOT NULL,
    goal_cents bigint NOT NULL,
    currency character(3) DEFAULT 'EUR'::bpchar NOT NULL,
    status funding.campaign_status DEFAULT 'draft'::funding.campaign_status NOT NULL,
    created_at timestamp with time zone NOT NULL,
    launched_at timestamp with time zone,
    deadline timestamp with time zone,
    CONSTRAINT campaigns_check CHECK ((deadline > launched_at)),
    CONSTRAINT campaigns_currency_check CHECK ((currency = 'EUR'::bpchar)),
    CONSTRAINT campaigns_goal_cents_check CHECK ((goal_cents > 0))
);


ALTER TABLE funding.campaigns OWNER TO postgres;

--
-- Name: COLUMN campaigns.goal_cents; Type: COMMENT; Schema: funding; Owner: postgres
--

COMMENT ON COLUMN funding.campaigns.goal_cents IS 'Funding target in euro cents';


--
-- Name: COLUMN campaigns.currency; Type: COMMENT; Schema: funding; Owner: postgres
--

COMMENT ON COLUMN funding.campaigns.currency IS 'Always EUR; all money columns are euro cents';


--
-- Name: COLUMN campaigns.status; Type: COMMENT; Schema: funding; Owner: postgres
--

COMMENT ON COLUMN funding.campaigns.status IS 'draft = not yet launched; live = accepting pledges; funded / failed = ended at or above / below goal; cancelled = stopped by the creator, pledges refunded';


--
-- Name: COLUMN campaigns.launched_at; Type: COMMENT; Schema: funding; Owner: postgres
--

COMMENT ON COLUMN funding.campaigns.launched_at IS 'When the campaign went live; NULL for drafts';


--
-- Name: COLUMN campaigns.deadline; Type: COMMENT; Schema: funding; Owner: postgres
--

COMMENT ON COLUMN funding.campaigns.deadline IS 'When pledging closes; NULL for drafts';


--
-- Name: categories; Type: TABLE; Schema: funding; Owner: postgres
--

CREATE TABLE funding.categories (
    category_id integer NOT NULL,
    name text NOT NULL,
    parent_category_id integer
);


ALTER TABLE funding.categories OWNER TO postgres;

--
-- Name: TABLE categories; Type: COMMENT; Schema: funding; Owner: postgres
--

COMMENT ON TABLE funding.categories IS 'Project categories; subcategories point to their parent';


--
-- Name: COLUMN categories.parent_category_id; Type: COMMENT; Schema: funding; Owner: postgres
--

COMMENT ON COLUMN funding.categories.parent_category_id IS 'Parent category; NULL = top-level category';


--
-- Name: creators; Type: TABLE; Schema: funding; Owner: postgres
--

CREATE TABLE funding.creators (
    creator_id integer NOT NULL,
    display_name text NOT NULL,
    email text NOT NULL,
    country_code character(2) NOT NULL,
    joined_on date NOT NULL,
    is_verified boolean DEFAULT false NOT NULL
);


ALTER TABLE funding.creators OWNER TO postgres;

--
-- Name: TABLE creators; Type: COMMENT; Schema: funding; Owner: postgres
--

COMMENT ON TABLE funding.creators IS 'People or studios who run campaigns on the platform';


--
-- Name: COLUMN creators.country_code; Type: COMMENT; Schema: funding; Owner: postgres
--

COMMENT ON COLUMN funding.creators.country_code IS 'ISO 3166-1 alpha-2 country code';


--
-- Name: COLUMN creators.is_verified; Type: COMMENT; Schema: funding; Owner: postgres
--

COMMENT ON COLUMN funding.creators.is_verified IS 'true = identity checked by the platform';


--
-- Name: pledges; Type: TABLE; Schema: funding; Owner: postgres
--

CREATE TABLE funding.pledges (
    pledge_id integer NOT NULL,
    campaign_id integer NOT NULL,
    backer_id integer NOT NULL,
    tier_id integer,
    amount_cents integer NOT NULL,
    pledged_at timestamp with time zone NOT NULL,
    refunded_at timestamp with time zone,
    CONSTRAINT pledges_amount_cents_check CHECK ((amount_cents > 0))
);


ALTER TABLE funding.pledges OWNER TO postgres;

--
-- Name: COLUMN pledges.tier_id; Type: COMMENT; Schema: funding; Owner: postgres
--

COMMENT ON COLUMN funding.pledges.tier_id IS 'Reward chosen; NULL = pledge without a reward';


--
-- Name: COLUMN pledges.amount_cents; Type: COMMENT; Schema: funding; Owner: postgres
--

COMMENT ON COLUMN funding.pledges.amount_cents IS 'Pledged amount in euro cents';


--
-- Name: COLUMN pledges.refunded_at; Type: COMMENT; Schema: funding; Owner: postgres
--

COMMENT ON COLUMN funding.pledges.refunded_at IS 'When the pledge was refunded to the backer; NULL = not refunded';


--
-- Name: reward_tiers; Type: TABLE; Schema: funding; Owner: postgres
--

CREATE TABLE funding.reward_tiers (
    tier_id integer NOT NULL,
    campaign_id integer NOT NULL,
    title text NOT NULL,
    min_pledge_cents integer NOT NULL,
    quantity_limit integer,
    estimated_delivery date,
    CONSTRAINT reward_tiers_min_pledge_cents_check CHECK ((min_pledge_cents > 0)),
    CONSTRAINT reward_tiers_quantity_limit_check CHECK ((quantity_limit > 0))
);


ALTER TABLE funding.reward_tiers OWNER TO postgres;

--
-- Name: COLUMN reward_tiers.min_pledge_cents; Type: COMMENT; Schema: funding; Owner: postgres
--

COMMENT ON COLUMN funding.reward_tiers.min_pledge_cents IS 'Minimum pledge for this reward, in euro cents';


--
-- Name: COLUMN reward_tiers.quantity_limit; Type: COMMENT; Schema: funding; Owner: postgres
--

COMMENT ON COLUMN funding.reward_tiers.quantity_limit IS 'Number of backers who can pick this reward; NULL = unlimited';


--
-- Name: COLUMN reward_tiers.estimated_delivery; Type: COMMENT; Schema: funding; Owner: postgres
--

COMMENT ON COLUMN funding.reward_tiers.estimated_delivery IS 'Promised delivery month (first day); NULL = digital / not announced';


--
-- Data for Name: backers; Type: TABLE DATA; Schema: funding; Owner: postgres
--

COPY funding.backers (backer_id, username, country_code, signed_up) FROM stdin;
1	anna_k	DE	2023-03-02
2	bjorn77	SE	2024-11-15
3	chiara.r	IT	2024-02-29
4	dmitri_p	PL	2025-01-20
5	elodie	FR	2024-08-08
6	finn_ob	IE	2023-12-31
7	greta.h	DE	2025-03-03
8	hugo_nl	NL	2024-05-17
9	ines.m	PT	2025-04-30
10	jakub.w	PL	2025-05-01
11	kaisa	FI	2024-10-10
12	liam.oc	IE	2025-01-04
13	marta_es	ES	2024-06-21
14	nils.b	DE	2025-05-31
15	olga.v	\N	2025-01-05
16	pieter	AT	2023-09-09
17	quentin	FR	2025-04-02
18	rosa.g	ES	2024-12-12
19	sven.l	SE	2025-02-08
20	tereza	CZ	2024-07-07
\.


--
-- Data for Name: campaign_updates; Type: TABLE DATA; Schema: funding; Owner: postgres
--

COPY funding.campaign_updates (update_id, campaign_id, posted_at, title, backers_only) FROM stdin;
1	1	2025-03-05 10:00:00+00	First 100 units ordered	f
2	1	2025-04-16 08:00:00+00	We did it!	f
3	3	2025-04-15 18:00:00+00	Playtest report	t
4	3	2025-05-01 09:00:00+00	Exactly 100 percent!	f
5	5	2025-05-10 12:00:00+00	Dev diary #1	t
6	6	2025-03-10 11:00:00+00	Why we are cancelling	f
7	7	2025-04-01 07:00:00+00	Hop selection	t
8	11	2025-05-26 09:00:00+00	Funded: production timeline	f
9	11	2025-06-15 09:00:00+00	Production update	t
10	5	2025-05-31 12:00:00+00	Dev diary #2	t
11	9	2025-05-06 10:00:00+00	Thank you anyway	f
\.


--
-- Data for Name: campaigns; Type: TABLE DATA; Schema: funding; Owner: postgres
--

COPY funding.campaigns (campaign_id, creator_id, category_id, title, goal_cents, currency, status, created_at, launched_at, deadline) FROM stdin;
1	1	5	Solar Backpack Charger	100000	EUR	funded	2025-02-10 14:00:00+00	2025-03-01 09:00:00+00	2025-04-15 22:00:00+00
2	1	6	Offline Map App	150000	EUR	failed	2024-12-20 10:00:00+00	2025-01-10 08:00:00+00	2025-02-09 20:00:00+00
3	2	7	Harbour Lights Board Game	60000	EUR	funded	2025-03-15 16:30:00+00	2025-04-01 08:00:00+00	2025-05-01 08:00:00+00
4	2	7	Harbour Lights: Storm Expansion	50000	EUR	live	2025-05-01 11:00:00+00	2025-05-20 10:00:00+00	2025-07-20 10:00:00+00
5	3	8	Pixel Fjord	300000	EUR	live	2025-04-01 09:00:00+00	2025-05-02 07:00:00+00	2025-07-01 19:00:00+00
6	3	9	Fold-Flat Desk	80000	EUR	cancelled	2025-01-30 12:00:00+00	2025-02-15 09:00:00+00	2025-03-31 21:00:00+00
7	4	10	Hazy Harbour IPA	60000	EUR	funded	2025-03-01 08:00:00+00	2025-03-20 12:00:00+00	2025-04-30 18:30:00+00
8	4	4	Sourdough Starter Kit	25000	EUR	funded	2025-04-20 09:00:00+00	2025-05-01 06:00:00+00	2025-05-31 21:00:00+00
9	5	3	Modular Lamp	120000	EUR	failed	2025-03-10 13:00:00+00	2025-04-05 10:00:00+00	2025-05-05 10:00:00+00
10	5	9	Cork Stool	40000	EUR	live	2025-05-10 15:00:00+00	2025-05-25 09:00:00+00	2025-06-30 21:00:00+00
11	6	5	Pocket Weather Station	85000	EUR	funded	2025-03-25 10:00:00+00	2025-04-10 07:30:00+00	2025-05-25 21:30:00+00
12	6	6	Recipe Scaler Plugin	30000	EUR	draft	2025-05-18 20:00:00+00	\N	\N
13	7	7	Dungeon Tiles Set	70000	EUR	draft	2025-04-22 08:15:00+00	\N	\N
14	4	10	Smoked Porter	50000	EUR	cancelled	2025-04-28 09:00:00+00	2025-05-10 12:00:00+00	2025-06-10 12:00:00+00
\.


--
-- Data for Name: categories; Type: TABLE DATA; Schema: funding; Owner: postgres
--

COPY funding.categories (category_id, name, parent_category_id) FROM stdin;
1	Technology	\N
2	Games	\N
3	Design	\N
4	Food	\N
5	Gadgets	1
6	Software	1
7	Tabletop Games	2
8	Video Games	2
9	Furniture	3
10	Craft Beer	4
11	Publishing	\N
\.


--
-- Data for Name: creators; Type: TABLE DATA; Schema: funding; Owner: postgres
--

COPY funding.creators (creator_id, display_name, email, country_code, joined_on, is_verified) FROM stdin;
1	Lena Vogel	lena@vogel-design.de	DE	2023-02-11	t
2	Tomás Ferreira	tomas@harbourgames.pt	PT	2023-06-30	f
3	Aoife Byrne	aoife@fjordpixel.ie	IE	2024-01-05	t
4	Marco Bellini	marco@birrificio-bellini.it	IT	2022-11-20	t
5	Sofie Jansen	sofie@jansenstudio.nl	NL	2024-03-14	f
6	Julien Marchand	julien@meteopoche.fr	FR	2024-07-01	t
7	Karolina Nowak	karolina.nowak@poczta.pl	PL	2025-01-09	f
8	Erik Lindqvist	erik@lindqvist.se	SE	2025-02-02	f
\.


--
-- Data for Name: pledges; Type: TABLE DATA; Schema: funding; Owner: postgres
--

COPY funding.pledges (pledge_id, campaign_id, backer_id, tier_id, amount_cents, pledged_at, refunded_at) FROM stdin;
1	1	1	1	8900	2025-03-01 09:05:12+00	\N
2	1	3	1	8900	2025-03-01 10:31:40+00	\N
3	1	6	3	21000	2025-03-02 18:00:00+00	\N
4	1	11	3	25000	2025-03-31 23:59:59+00	\N
5	1	13	2	11900	2025-04-01 00:00:00+00	\N
6	1	5	1	8900	2025-04-03 16:20:00+00	2025-04-20 10:00:00+00
7	1	20	\N	5000	2025-04-08 12:45:00+00	\N
8	1	12	3	30000	2025-04-14 21:10:00+00	\N
9	2	1	5	4900	2025-01-10 08:15:00+00	\N
10	2	6	4	500	2025-01-11 19:40:00+00	\N
11	2	12	5	4900	2025-02-01 11:00:00+00	\N
12	2	19	5	4900	2025-02-08 22:30:00+00	\N
13	3	3	6	4500	2025-04-01 08:10:00+00	\N
14	3	7	7	8500	2025-04-02 13:25:00+00	\N
15	3	8	8	12000	2025-04-05 09:00:00+00	\N
16	3	2	7	8500	2025-04-12 17:45:00+00	\N
17	3	13	6	4500	2025-04-20 10:05:00+00	\N
18	3	1	8	12000	2025-04-25 07:55:00+00	\N
19	3	15	\N	10000	2025-04-30 23:30:00+00	\N
20	3	18	6	4500	2025-04-28 15:00:00+00	2025-04-29 09:30:00+00
21	4	3	9	2500	2025-05-20 12:00:00+00	\N
22	4	13	9	2500	2025-05-21 08:40:00+00	\N
23	4	10	9	2500	2025-05-31 23:59:00+00	\N
24	4	8	9	5000	2025-06-01 00:00:00+00	\N
25	5	4	10	2000	2025-05-02 07:30:00+00	\N
26	5	2	11	15000	2025-05-02 23:59:59+00	\N
27	5	9	11	15000	2025-05-03 00:00:00+00	\N
28	5	11	11	15000	2025-05-03 23:59:59+00	\N
29	5	17	10	2000	2025-05-04 00:00:00+00	\N
30	5	20	10	2500	2025-05-10 14:00:00+00	2025-05-12 09:00:00+00
31	6	5	12	39000	2025-02-16 10:00:00+00	2025-03-10 12:00:00+00
32	6	6	12	39000	2025-02-20 18:30:00+00	2025-03-10 12:00:00+00
33	7	1	13	3000	2025-03-20 12:30:00+00	\N
34	7	4	14	25000	2025-03-21 09:00:00+00	\N
35	7	8	14	25000	2025-03-22 20:15:00+00	\N
36	7	11	13	6000	2025-04-02 11:00:00+00	\N
37	7	19	13	3000	2025-04-18 16:00:00+00	\N
38	7	6	14	25000	2025-03-20 12:05:00+00	2025-03-21 08:00:00+00
39	8	9	15	3500	2025-05-01 06:30:00+00	\N
40	8	10	15	3500	2025-05-01 21:00:00+00	\N
41	8	12	15	7000	2025-05-06 10:00:00+00	\N
42	8	13	\N	4500	2025-05-15 13:00:00+00	\N
43	8	17	15	3500	2025-05-20 09:45:00+00	\N
44	8	20	15	7000	2025-05-30 23:00:00+00	\N
45	9	3	16	14900	2025-04-05 10:30:00+00	\N
46	9	7	16	14900	2025-04-19 14:00:00+00	\N
47	9	15	16	14900	2025-05-04 20:00:00+00	\N
48	10	5	17	9900	2025-05-25 09:30:00+00	\N
49	10	19	17	9900	2025-05-28 18:00:00+00	\N
50	11	2	18	16900	2025-04-10 08:00:00+00	\N
51	11	4	19	21900	2025-04-11 12:00:00+00	\N
52	11	7	19	21900	2025-04-30 23:59:59+00	\N
53	11	13	19	21900	2025-05-01 00:00:00+00	\N
54	11	1	18	16900	2025-05-05 10:00:00+00	2025-05-07 10:00:00+00
55	11	9	\N	5000	2025-05-12 17:30:00+00	\N
\.


--
-- Data for Name: reward_tiers; Type: TABLE DATA; Schema: funding; Owner: postgres
--

COPY funding.reward_tiers (tier_id, campaign_id, title, min_pledge_cents, quantity_limit, estimated_delivery) FROM stdin;
1	1	Early Bird Charger	8900	100	2025-06-01
2	1	Charger	11900	\N	2025-07-01
3	1	Two-Pack	21000	50	2025-07-01
4	2	Supporter	500	\N	\N
5	2	Lifetime Licence	4900	\N	\N
6	3	Base Game	4500	\N	2025-09-01
7	3	Deluxe Edition	8500	200	2025-09-01
8	3	Exclusive Playmat Bundle	12000	3	2025-10-01
9	4	Expansion Box	2500	\N	2025-12-01
10	5	Digital Copy	2000	\N	\N
11	5	Collector Box	15000	30	2026-03-01
12	6	Desk	39000	40	2025-06-01
13	7	Six-Pack	3000	\N	2025-06-01
14	7	Brewday Visit	25000	2	2025-07-01
15	8	Starter Kit	3500	\N	2025-07-01
16	9	Lamp	14900	\N	2025-08-01
17	10	Stool	9900	60	2025-09-01
18	11	Station	16900	\N	2025-08-01
19	11	Station + Mount	21900	75	2025-08-01
20	12	Early Access	1500	\N	\N
\.


--
-- Name: backers backers_pkey; Type: CONSTRAINT; Schema: funding; Owner: postgres
--

ALTER TABLE ONLY funding.backers
    ADD CONSTRAINT backers_pkey PRIMARY KEY (backer_id);


--
-- Name: backers backers_username_key; Type: CONSTRAINT; Schema: funding; Owner: postgres
--

ALTER TABLE ONLY funding.backers
    ADD CONSTRAINT backers_username_key UNIQUE (username);


--
-- Name: campaign_updates campaign_updates_pkey; Type: CONSTRAINT; Schema: funding; Owner: postgres
--

ALTER TABLE ONLY funding.campaign_updates
    ADD CONSTRAINT campaign_updates_pkey PRIMARY KEY (update_id);


--
-- Name: campaigns campaigns_pkey; Type: CONSTRAINT; Schema: funding; Owner: postgres
--

ALTER TABLE ONLY funding.campaigns
    ADD CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id);


--
-- Name: categories categories_name_key; Type: CONSTRAINT; Schema: funding; Owner: postgres
--

ALTER TABLE ONLY funding.categories
    ADD CONSTRAINT categories_name_key UNIQUE (name);


--
-- Name: categories categories_pkey; Type: CONSTRAINT; Schema: funding; Owner: postgres
--

ALTER TABLE ONLY funding.categories
    ADD CONSTRAINT categories_pkey PRIMARY KEY (category_id);


--
-- Name: creators creators_email_key; Type: CONSTRAINT; Schema: funding; Owner: postgres
--

ALTER TABLE ONLY funding.creators
    ADD CONSTRAINT creators_email_key UNIQUE (email);


--
-- Name: creators creators_pkey; Type: CONSTRAINT; Schema: funding; Owner: postgres
--

ALTER TABLE ONLY funding.creators
    ADD CONSTRAINT creators_pkey PRIMARY KEY (creator_id);


--
-- Name: pledges pledges_pkey; Type: CONSTRAINT; Schema: funding; Owner: postgres
--

ALTER TABLE ONLY funding.pledges
    ADD CONSTRAINT pledges_pkey PRIMARY KEY (pledge_id);


--
-- Name: reward_tiers reward_tiers_campaign_id_title_key; Type: CONSTRAINT; Schema: funding; Owner: postgres
--

ALTER TABLE ONLY funding.reward_tiers
    ADD CONSTRAINT reward_tiers_campaign_id_title_key UNIQUE (campaign_id, title);


--
-- Name: reward_tiers reward_tiers_pkey; Type: CONSTRAINT; Schema: funding; Owner: postgres
--

ALTER TABLE ONLY funding.reward_tiers
    ADD CONSTRAINT reward_tiers_pkey PRIMARY KEY (tier_id);


--
-- Name: pledges_backer_id_idx; Type: INDEX; Schema: funding; Owner: postgres
--

CREATE INDEX pledges_backer_id_idx ON funding.pledges USING btree (backer_id);


--
-- Name: pledges_campaign_id_idx; Type: INDEX; Schema: funding; Owner: postgres
--

CREATE INDEX pledges_campaign_id_idx ON funding.pledges USING btree (campaign_id);


--
-- Name: campaign_updates campaign_updates_campaign_id_fkey; Type: FK CONSTRAINT; Schema: funding; Owner: postgres
--

ALTER TABLE ONLY funding.campaign_updates
    ADD CONSTRAINT campaign_updates_campaign_id_fkey FOREIGN KEY (campaign_id) REFERENCES funding.campaigns(campaign_id);


--
-- Name: campaigns campaigns_category_id_fkey; Type: FK CONSTRAINT; Schema: funding; Owner: postgres
--

ALTER TABLE ONLY funding.campaigns
    ADD CONSTRAINT campaigns_category_id_fkey FOREIGN KEY (category_id) REFERENCES funding.categories(category_id);


--
-- Name: campaigns campaigns_creator_id_fkey; Type: FK CONSTRAINT; Schema: funding; Owner: postgres
--

ALTER TABLE ONLY funding.campaigns
    ADD CONSTRAINT campaigns_creator_id_fkey FOREIGN KEY (creator_id) REFERENCES funding.creators(creator_id);


--
-- Name: categories categories_parent_category_id_fkey; Type: FK CONSTRAINT; Schema: funding; Owner: postgres
--

ALTER TABLE ONLY funding.categories
    ADD CONSTRAINT categories_parent_category_id_fkey FOREIGN KEY (parent_category_id) REFERENCES funding.categories(category_id);


--
-- Name: pledges pledges_backer_id_fkey; Type: FK CONSTRAINT; Schema: funding; Owner: postgres
--

ALTER TABLE ONLY funding.pledges
    ADD CONSTRAINT pledges_backer_id_fkey FOREIGN KEY (backer_id) REFERENCES funding.backers(backer_id);


--
-- Name: pledges pledges_campaign_id_fkey; Type: FK CONSTRAINT; Schema: funding; Owner: postgres
--

ALTER TABLE ONLY funding.pledges
    ADD CONSTRAINT pledges_campaign_id_fkey FOREIGN KEY (campaign_id) REFERENCES funding.campaigns(campaign_id);


--
-- Name: pledges pledges_tier_id_fkey; Type: FK CONSTRAINT; Schema: funding; Owner: postgres
--

ALTER TABLE ONLY funding.pledges
    ADD CONSTRAINT pledges_tier_id_fkey FOREIGN KEY (tier_id) REFERENCES funding.reward_tiers(tier_id);


--
-- Name: reward_tiers reward_tiers_campaign_id_fkey; Type: FK CONSTRAINT; Schema: funding; Owner: postgres
--

ALTER TABLE ONLY funding.reward_tiers
    ADD CONSTRAINT reward_tiers_campaign_id_fkey FOREIGN KEY (campaign_id) REFERENCES funding.campaigns(campaign_id);


--
-- PostgreSQL database dump complete
--

\unrestrict 2PqfU0T9joT4v5LX5FeIGVlcAYskHeFbAfb7HfgWgTnmiMTNaMzDaPqULpwM8Rs

