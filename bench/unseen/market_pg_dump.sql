--
-- PostgreSQL database dump
--

\restrict 3f0JIWM2j0fxfFsT34oMzvXcaQSWlYVVH6bM9uYncuPc7UROs1oDREhmzQqaDl8

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
-- Name: listing_status; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.listing_status AS ENUM (
    'active',
    'sold',
    'withdrawn'
);


ALTER TYPE public.listing_status OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: categories; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.categories (
    category_id integer NOT NULL,
    name text NOT NULL,
    parent_id integer
);


ALTER TABLE public.categories OWNER TO postgres;

--
-- Name: categories_category_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.categories_category_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.categories_category_id_seq OWNER TO postgres;

--
-- Name: categories_category_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.categories_category_id_seq OWNED BY public.categories.category_id;


--
-- Name: disputes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.disputes (
    dispute_id integer NOT NULL,
    order_id integer NOT NULL,
    opened_at timestamp with time zone NOT NULL,
    reason text NOT NULL,
    resolved_at timestamp with time zone,
    refund_cents integer
);


ALTER TABLE public.disputes OWNER TO postgres;

--
-- Name: disputes_dispute_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.disputes_dispute_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.disputes_dispute_id_seq OWNER TO postgres;

--
-- Name: disputes_dispute_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.disputes_dispute_id_seq OWNED BY public.disputes.dispute_id;


--
-- Name: listings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.listings (
    listing_id integer NOT NULL,
    seller_id integer NOT NULL,
    category_id integer NOT NULL,
    title text NOT NULL,
    price_cents integer NOT NULL,
    item_condition text NOT NULL,
    listed_at timestamp with time zone NOT NULL,
    status public.listing_status DEFAULT 'active'::public.listing_status NOT NULL,
    CONSTRAINT listings_item_condition_check CHECK ((item_condition = ANY (ARRAY['new'::text, 'like new'::text, 'used'::text]))),
    CONSTRAINT listings_price_cents_check CHECK ((price_cents > 0))
);


ALTER TABLE public.listings OWNER TO postgres;

--
-- Name: COLUMN listings.price_cents; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.listings.price_cents IS 'asking price in euro cents';


--
-- Name: listings_listing_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.listings_listing_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.listings_listing_id_seq OWNER TO postgres;

--
-- Name: listings_listing_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.listings_listing_id_seq OWNED BY public.listings.listing_id;


--
-- Name: messages; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.messages (
    message_id integer NOT NULL,
    sender_id integer NOT NULL,
    recipient_id integer NOT NULL,
    listing_id integer,
    sent_at timestamp with time zone NOT NULL,
    body text NOT NULL
);


ALTER TABLE public.messages OWNER TO postgres;

--
-- Name: messages_message_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.messages_message_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.messages_message_id_seq OWNER TO postgres;

--
-- Name: messages_message_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.messages_message_id_seq OWNED BY public.messages.message_id;


--
-- Name: orders; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.orders (
    order_id integer NOT NULL,
    listing_id integer NOT NULL,
    buyer_id integer NOT NULL,
    ordered_at timestamp with time zone NOT NULL,
    shipping_cents integer DEFAULT 0 NOT NULL,
    delivered_at timestamp with time zone
);


ALTER TABLE public.orders OWNER TO postgres;

--
-- Name: orders_order_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.orders_order_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.orders_order_id_seq OWNER TO postgres;

--
-- Name: orders_order_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.orders_order_id_seq OWNED BY public.orders.order_id;


--
-- Name: reviews; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.reviews (
    review_id integer NOT NULL,
    order_id integer NOT NULL,
    rating smallint NOT NULL,
    comment text,
    written_at timestamp with time zone NOT NULL,
    CONSTRAINT reviews_rating_check CHECK (((rating >= 1) AND (rating <= 5)))
);


ALTER TABLE public.reviews OWNER TO postgres;

--
-- Name: reviews_review_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.reviews_review_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.reviews_review_id_seq OWNER TO postgres;

--
-- Name: reviews_review_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.reviews_review_id_seq OWNED BY public.reviews.review_id;


--
-- Name: users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.users (
    user_id integer NOT NULL,
    username text NOT NULL,
    full_name text NOT NULL,
    city text NOT NULL,
    joined_at timestamp with time zone NOT NULL,
    is_verified boolean DEFAULT false NOT NULL
);


ALTER TABLE public.users OWNER TO postgres;

--
-- Name: users_user_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.users_user_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.users_user_id_seq OWNER TO postgres;

--
-- Name: users_user_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.users_user_id_seq OWNED BY public.users.user_id;


--
-- Name: categories category_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.categories ALTER COLUMN category_id SET DEFAULT nextval('public.categories_category_id_seq'::regclass);


--
-- Name: disputes dispute_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.disputes ALTER COLUMN dispute_id SET DEFAULT nextval('public.disputes_dispute_id_seq'::regclass);


--
-- Name: listings listing_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.listings ALTER COLUMN listing_id SET DEFAULT nextval('public.listings_listing_id_seq'::regclass);


--
-- Name: messages message_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.messages ALTER COLUMN message_id SET DEFAULT nextval('public.messages_message_id_seq'::regclass);


--
-- Name: orders order_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders ALTER COLUMN order_id SET DEFAULT nextval('public.orders_order_id_seq'::regclass);


--
-- Name: reviews review_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.reviews ALTER COLUMN review_id SET DEFAULT nextval('public.reviews_review_id_seq'::regclass);


--
-- Name: users user_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users ALTER COLUMN user_id SET DEFAULT nextval('public.users_user_id_seq'::regclass);


--
-- Data for Name: categories; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.categories (category_id, name, parent_id) FROM stdin;
1	Electronics	\N
2	Home	\N
3	Sports	\N
4	Fashion	\N
5	Phones	1
6	Laptops	1
7	Audio	1
8	Furniture	2
9	Kitchen	2
10	Cycling	3
11	Camping	3
12	Shoes	4
\.


--
-- Data for Name: disputes; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.disputes (dispute_id, order_id, opened_at, reason, resolved_at, refund_cents) FROM stdin;
1	4	2024-09-13 23:29:00+00	damaged	2024-09-15 23:29:00+00	900
2	5	2024-11-04 06:20:00+00	not as described	\N	\N
3	9	2024-09-17 23:28:00+00	not as described	2024-10-01 23:28:00+00	48000
4	14	2024-11-05 05:16:00+00	not as described	2024-11-09 05:16:00+00	39950
5	18	2025-02-23 08:13:00+00	not received	2025-02-28 08:13:00+00	12500
6	21	2024-10-18 18:19:00+00	not received	2024-10-26 18:19:00+00	25000
\.


--
-- Data for Name: listings; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.listings (listing_id, seller_id, category_id, title, price_cents, item_condition, listed_at, status) FROM stdin;
1	6	5	iPhone 12	6500	like new	2025-06-11 08:29:00+00	sold
2	17	5	Pixel 7	1500	new	2024-10-22 00:02:00+00	sold
3	4	5	Pixel 7	25000	used	2024-08-15 19:39:00+00	active
4	13	5	Galaxy S21	2500	like new	2024-06-15 03:48:00+00	sold
5	1	5	Galaxy S21	900	used	2024-12-18 13:42:00+00	active
6	15	6	ThinkPad X1	1500	new	2025-02-15 10:46:00+00	active
7	5	6	ThinkPad X1	900	new	2024-08-17 01:29:00+00	sold
8	15	6	MacBook Air	4000	used	2024-09-12 05:20:00+00	sold
9	11	6	MacBook Air	48000	used	2024-08-21 00:04:00+00	withdrawn
10	12	6	Dell XPS 13	79900	used	2024-10-20 23:16:00+00	active
11	14	7	Sony headphones	79900	like new	2025-04-05 17:50:00+00	active
12	4	7	Sony headphones	900	new	2024-11-02 08:27:00+00	sold
13	13	7	Bluetooth speaker	900	used	2025-06-14 06:42:00+00	sold
14	12	7	Turntable	900	used	2025-01-18 09:22:00+00	withdrawn
15	10	7	Turntable	79900	used	2025-06-27 18:01:00+00	sold
16	15	8	Oak desk	48000	like new	2024-08-26 17:28:00+00	sold
17	14	8	Oak desk	900	used	2025-06-17 06:16:00+00	withdrawn
18	7	8	Bookshelf	1500	new	2024-08-03 17:20:00+00	active
19	4	8	Bookshelf	6500	used	2024-11-26 02:35:00+00	active
20	7	8	Armchair	12000	used	2024-07-10 23:56:00+00	active
21	7	9	Espresso machine	48000	used	2025-05-02 13:58:00+00	sold
22	17	9	Espresso machine	4000	like new	2025-05-03 15:58:00+00	active
23	2	9	Cast iron pan	2500	like new	2025-02-15 05:11:00+00	active
24	17	9	Cast iron pan	1500	used	2024-12-16 20:32:00+00	sold
25	4	9	Stand mixer	1500	new	2025-02-01 08:37:00+00	sold
26	4	9	Stand mixer	1500	like new	2025-01-13 14:24:00+00	active
27	11	10	Road bike	6500	new	2025-01-15 22:58:00+00	sold
28	11	10	Bike helmet	2500	new	2024-08-10 13:41:00+00	active
29	18	10	Cycling shoes	4000	used	2025-06-11 19:51:00+00	active
30	8	10	Cycling shoes	4000	used	2024-06-01 11:48:00+00	active
31	2	11	Tent	79900	new	2024-09-27 14:16:00+00	sold
32	17	11	Sleeping bag	1500	like new	2024-11-08 08:38:00+00	active
33	11	11	Camping stove	25000	like new	2025-06-20 07:01:00+00	sold
34	4	11	Camping stove	2500	used	2025-06-04 15:48:00+00	active
35	9	12	Running shoes	2500	like new	2025-01-07 20:58:00+00	active
36	17	12	Leather boots	1500	used	2025-02-15 15:15:00+00	active
37	7	12	Leather boots	900	like new	2024-11-29 02:15:00+00	sold
38	13	12	Sneakers	6500	used	2025-03-13 17:43:00+00	sold
39	16	12	Sneakers	6500	used	2024-06-27 04:37:00+00	active
40	15	1	USB cables	1500	new	2024-11-12 08:12:00+00	active
41	3	1	USB cables	25000	new	2025-01-14 18:13:00+00	sold
42	10	4	Wool coat	12000	new	2024-11-16 20:01:00+00	sold
43	9	4	Denim jacket	4000	used	2025-06-14 03:44:00+00	sold
44	3	4	Denim jacket	25000	new	2024-08-26 13:19:00+00	sold
\.


--
-- Data for Name: messages; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.messages (message_id, sender_id, recipient_id, listing_id, sent_at, body) FROM stdin;
1	2	6	1	2025-06-18 23:29:00+00	Would you take less?
2	6	2	1	2025-06-19 07:00:00+00	Yes, still available
3	2	6	1	2025-06-20 00:29:00+00	Can you ship to me?
4	17	6	1	2025-06-21 06:29:00+00	Can you ship to me?
5	6	17	1	2025-06-21 19:30:00+00	Shipping is possible
6	7	1	5	2024-12-30 14:42:00+00	Would you take less?
7	6	1	5	2024-12-26 06:42:00+00	Is this still available?
8	1	6	5	2024-12-26 08:19:00+00	Shipping is possible
9	2	1	5	2024-12-24 07:42:00+00	Can you ship to me?
10	5	15	6	2025-02-22 13:46:00+00	Is this still available?
11	4	5	7	2024-08-25 03:29:00+00	Can you ship to me?
12	5	4	7	2024-08-25 08:08:00+00	Shipping is possible
13	10	5	7	2024-08-25 02:29:00+00	Is this still available?
14	5	15	8	2024-09-12 20:20:00+00	Can you ship to me?
15	15	5	8	2024-09-13 05:47:00+00	Sorry, price is firm
16	5	15	8	2024-09-15 01:20:00+00	Can you ship to me?
17	3	14	11	2025-04-12 14:50:00+00	Would you take less?
18	14	3	11	2025-04-13 04:56:00+00	Yes, still available
19	8	14	11	2025-04-17 02:50:00+00	Is this still available?
20	12	13	13	2025-06-26 12:42:00+00	Is this still available?
21	6	13	13	2025-06-20 22:42:00+00	Is this still available?
22	4	12	14	2025-01-20 14:22:00+00	Is this still available?
23	12	4	14	2025-01-21 00:49:00+00	Shipping is possible
24	1	12	14	2025-01-23 09:22:00+00	Can you ship to me?
25	12	1	14	2025-01-23 17:03:00+00	Yes, still available
26	7	12	14	2025-01-29 08:22:00+00	Would you take less?
27	12	7	14	2025-01-29 20:31:00+00	Yes, still available
28	14	10	15	2025-06-30 03:01:00+00	Can you ship to me?
29	10	14	15	2025-06-30 04:23:00+00	Sorry, price is firm
30	6	15	16	2024-09-02 04:28:00+00	Is this still available?
31	6	15	16	2024-08-27 09:28:00+00	Can you ship to me?
32	6	15	16	2024-08-31 10:28:00+00	Would you take less?
33	15	6	16	2024-08-31 19:39:00+00	Yes, still available
34	15	14	17	2025-06-26 00:16:00+00	Can you ship to me?
35	14	15	17	2025-06-26 02:27:00+00	Shipping is possible
36	11	7	18	2024-08-04 09:20:00+00	Can you ship to me?
37	5	7	18	2024-08-05 16:20:00+00	Would you take less?
38	17	7	18	2024-08-09 21:20:00+00	Is this still available?
39	5	4	19	2024-12-07 19:35:00+00	Would you take less?
40	4	5	19	2024-12-07 23:27:00+00	Yes, still available
41	8	7	21	2025-05-04 05:58:00+00	Is this still available?
42	7	8	21	2025-05-04 07:55:00+00	Yes, still available
43	10	7	21	2025-05-14 02:58:00+00	Is this still available?
44	7	10	21	2025-05-14 12:59:00+00	Shipping is possible
45	14	7	21	2025-05-06 19:58:00+00	Is this still available?
46	9	2	23	2025-02-25 04:11:00+00	Can you ship to me?
47	2	9	23	2025-02-25 17:17:00+00	Yes, still available
48	4	2	23	2025-02-17 10:11:00+00	Would you take less?
49	2	4	23	2025-02-17 13:47:00+00	Yes, still available
50	6	2	23	2025-02-27 16:11:00+00	Can you ship to me?
51	2	6	23	2025-02-27 22:38:00+00	Shipping is possible
52	15	17	24	2024-12-22 10:32:00+00	Would you take less?
53	8	17	24	2024-12-28 18:32:00+00	Is this still available?
54	14	4	25	2025-02-03 17:37:00+00	Can you ship to me?
55	4	14	25	2025-02-04 08:25:00+00	Yes, still available
56	3	4	25	2025-02-08 04:37:00+00	Would you take less?
57	16	4	25	2025-02-04 07:37:00+00	Can you ship to me?
58	4	16	25	2025-02-04 19:11:00+00	Yes, still available
59	1	4	26	2025-01-19 00:24:00+00	Would you take less?
60	4	1	26	2025-01-19 13:27:00+00	Sorry, price is firm
61	14	11	28	2024-08-21 01:41:00+00	Would you take less?
62	11	14	28	2024-08-21 08:05:00+00	Yes, still available
63	5	11	28	2024-08-16 15:41:00+00	Is this still available?
64	11	5	28	2024-08-16 18:04:00+00	Sorry, price is firm
65	8	11	28	2024-08-14 16:41:00+00	Would you take less?
66	11	8	28	2024-08-14 17:48:00+00	Shipping is possible
67	2	18	29	2025-06-21 14:51:00+00	Would you take less?
68	8	18	29	2025-06-23 10:51:00+00	Can you ship to me?
69	18	8	29	2025-06-24 00:08:00+00	Sorry, price is firm
70	13	8	30	2024-06-09 21:48:00+00	Would you take less?
71	8	13	30	2024-06-10 12:29:00+00	Shipping is possible
72	4	8	30	2024-06-04 07:48:00+00	Is this still available?
73	9	2	31	2024-10-07 01:16:00+00	Can you ship to me?
74	2	9	31	2024-10-07 04:49:00+00	Sorry, price is firm
75	10	2	31	2024-10-03 08:16:00+00	Is this still available?
76	2	10	31	2024-10-03 15:20:00+00	Shipping is possible
77	4	2	31	2024-10-05 15:16:00+00	Is this still available?
78	2	4	31	2024-10-05 23:49:00+00	Shipping is possible
79	15	11	33	2025-06-21 23:01:00+00	Would you take less?
80	11	15	33	2025-06-22 05:46:00+00	Sorry, price is firm
81	16	4	34	2025-06-14 08:48:00+00	Can you ship to me?
82	4	16	34	2025-06-14 12:58:00+00	Sorry, price is firm
83	7	4	34	2025-06-09 03:48:00+00	Can you ship to me?
84	4	7	34	2025-06-09 05:49:00+00	Sorry, price is firm
85	17	9	35	2025-01-14 18:58:00+00	Would you take less?
86	5	9	35	2025-01-17 06:58:00+00	Would you take less?
87	9	5	35	2025-01-17 13:36:00+00	Shipping is possible
88	8	9	35	2025-01-14 20:58:00+00	Is this still available?
89	12	13	38	2025-03-20 22:43:00+00	Would you take less?
90	7	16	39	2024-07-09 03:37:00+00	Can you ship to me?
91	1	16	39	2024-07-08 17:37:00+00	Can you ship to me?
92	8	15	40	2024-11-21 02:12:00+00	Would you take less?
93	15	8	40	2024-11-21 02:25:00+00	Sorry, price is firm
94	10	15	40	2024-11-23 10:12:00+00	Can you ship to me?
95	15	10	40	2024-11-23 18:10:00+00	Sorry, price is firm
96	18	15	40	2024-11-22 05:12:00+00	Would you take less?
97	2	3	44	2024-09-05 12:19:00+00	Would you take less?
98	6	3	44	2024-09-05 03:19:00+00	Can you ship to me?
99	3	6	44	2024-09-05 09:22:00+00	Yes, still available
100	16	3	44	2024-09-01 00:19:00+00	Is this still available?
101	3	9	\N	2025-03-14 10:00:00+00	Thanks for the quick payment!
\.


--
-- Data for Name: orders; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.orders (order_id, listing_id, buyer_id, ordered_at, shipping_cents, delivered_at) FROM stdin;
1	1	4	2025-07-21 09:29:00+00	490	\N
2	2	9	2024-11-29 02:02:00+00	690	2024-11-30 12:02:00+00
3	4	12	2024-06-20 06:48:00+00	490	2024-06-22 23:48:00+00
4	7	12	2024-09-02 23:29:00+00	0	2024-09-04 17:29:00+00
5	8	11	2024-10-21 06:20:00+00	990	2024-10-24 10:20:00+00
6	12	9	2024-11-26 12:27:00+00	990	\N
7	13	17	2025-07-07 17:42:00+00	0	2025-07-13 14:42:00+00
8	15	18	2025-08-03 14:01:00+00	490	2025-08-12 04:01:00+00
9	16	7	2024-08-29 23:28:00+00	0	2024-09-03 13:28:00+00
10	21	16	2025-05-17 19:58:00+00	690	2025-05-21 19:58:00+00
11	24	6	2025-01-22 19:32:00+00	990	2025-01-27 15:32:00+00
12	25	11	2025-03-01 07:37:00+00	490	\N
13	27	1	2025-02-19 13:58:00+00	690	2025-02-26 18:58:00+00
14	31	14	2024-11-02 05:16:00+00	690	2024-11-10 02:16:00+00
15	33	9	2025-07-15 22:01:00+00	490	2025-07-19 04:01:00+00
16	37	11	2024-12-25 07:15:00+00	0	2025-01-01 20:15:00+00
17	38	3	2025-04-23 06:43:00+00	490	2025-05-02 03:43:00+00
18	41	9	2025-02-03 08:13:00+00	0	2025-02-09 05:13:00+00
19	42	16	2024-12-17 13:01:00+00	690	2024-12-19 10:01:00+00
20	43	6	2025-06-30 10:44:00+00	0	2025-07-02 09:44:00+00
21	44	8	2024-10-03 18:19:00+00	690	2024-10-06 03:19:00+00
\.


--
-- Data for Name: reviews; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.reviews (review_id, order_id, rating, comment, written_at) FROM stdin;
1	2	4	\N	2024-11-30 12:02:00+00
2	5	5	\N	2024-10-29 10:20:00+00
3	7	4	Item was scratched	2025-07-15 14:42:00+00
4	9	5	As described	2024-09-07 13:28:00+00
5	10	5	Item was scratched	2025-05-21 19:58:00+00
6	11	5	\N	2025-01-27 15:32:00+00
7	13	5	As described	2025-03-01 18:58:00+00
8	14	3	Item was scratched	2024-11-14 02:16:00+00
9	15	4	Great seller	2025-07-24 04:01:00+00
10	19	3	Great seller	2024-12-21 10:01:00+00
11	20	4	Fast shipping	2025-07-05 09:44:00+00
12	21	5	As described	2024-10-11 03:19:00+00
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.users (user_id, username, full_name, city, joined_at, is_verified) FROM stdin;
1	anna_k	Anna Keller	Berlin	2024-03-09 00:22:00+00	f
2	bmorel	Bruno Morel	Lyon	2024-07-05 16:41:00+00	t
3	carla	Carla Conti	Milan	2023-08-20 14:14:00+00	t
4	dvd	David Novak	Prague	2023-09-11 13:55:00+00	t
5	elif	Elif Demir	Berlin	2023-06-28 13:16:00+00	t
6	fjord	Finn Larsen	Oslo	2024-04-06 04:22:00+00	f
7	gina	Gina Rossi	Milan	2023-02-12 20:01:00+00	t
8	hugo	Hugo Blanc	Lyon	2024-04-11 13:50:00+00	t
9	ines	Ines Silva	Lisbon	2024-04-05 08:44:00+00	f
10	jan_v	Jan Visser	Utrecht	2024-06-13 02:50:00+00	t
11	kasia	Kasia Nowak	Krakow	2024-06-06 14:11:00+00	f
12	leo	Leo Fischer	Berlin	2024-06-01 22:02:00+00	f
13	maya	Maya Cohen	Lisbon	2023-10-17 21:38:00+00	t
14	nils	Nils Berg	Oslo	2023-05-01 07:26:00+00	t
15	olga	Olga Petrova	Prague	2023-07-15 00:51:00+00	t
16	paul	Paul Martin	Lyon	2024-05-05 23:27:00+00	f
17	quinn	Quinn Byrne	Dublin	2024-01-18 15:40:00+00	t
18	rosa	Rosa Vidal	Lisbon	2023-01-17 20:25:00+00	f
\.


--
-- Name: categories_category_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.categories_category_id_seq', 12, true);


--
-- Name: disputes_dispute_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.disputes_dispute_id_seq', 6, true);


--
-- Name: listings_listing_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.listings_listing_id_seq', 44, true);


--
-- Name: messages_message_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.messages_message_id_seq', 101, true);


--
-- Name: orders_order_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.orders_order_id_seq', 21, true);


--
-- Name: reviews_review_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.reviews_review_id_seq', 12, true);


--
-- Name: users_user_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.users_user_id_seq', 18, true);


--
-- Name: categories categories_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.categories
    ADD CONSTRAINT categories_name_key UNIQUE (name);


--
-- Name: categories categories_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.categories
    ADD CONSTRAINT categories_pkey PRIMARY KEY (category_id);


--
-- Name: disputes disputes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.disputes
    ADD CONSTRAINT disputes_pkey PRIMARY KEY (dispute_id);


--
-- Name: listings listings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.listings
    ADD CONSTRAINT listings_pkey PRIMARY KEY (listing_id);


--
-- Name: messages messages_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.messages
    ADD CONSTRAINT messages_pkey PRIMARY KEY (message_id);


--
-- Name: orders orders_listing_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_listing_id_key UNIQUE (listing_id);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (order_id);


--
-- Name: reviews reviews_order_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.reviews
    ADD CONSTRAINT reviews_order_id_key UNIQUE (order_id);


--
-- Name: reviews reviews_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.reviews
    ADD CONSTRAINT reviews_pkey PRIMARY KEY (review_id);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (user_id);


--
-- Name: users users_username_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_username_key UNIQUE (username);


--
-- Name: categories categories_parent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.categories
    ADD CONSTRAINT categories_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.categories(category_id);


--
-- Name: disputes disputes_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.disputes
    ADD CONSTRAINT disputes_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(order_id);


--
-- Name: listings listings_category_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.listings
    ADD CONSTRAINT listings_category_id_fkey FOREIGN KEY (category_id) REFERENCES public.categories(category_id);


--
-- Name: listings listings_seller_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.listings
    ADD CONSTRAINT listings_seller_id_fkey FOREIGN KEY (seller_id) REFERENCES public.users(user_id);


--
-- Name: messages messages_listing_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.messages
    ADD CONSTRAINT messages_listing_id_fkey FOREIGN KEY (listing_id) REFERENCES public.listings(listing_id);


--
-- Name: messages messages_recipient_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.messages
    ADD CONSTRAINT messages_recipient_id_fkey FOREIGN KEY (recipient_id) REFERENCES public.users(user_id);


--
-- Name: messages messages_sender_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.messages
    ADD CONSTRAINT messages_sender_id_fkey FOREIGN KEY (sender_id) REFERENCES public.users(user_id);


--
-- Name: orders orders_buyer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_buyer_id_fkey FOREIGN KEY (buyer_id) REFERENCES public.users(user_id);


--
-- Name: orders orders_listing_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_listing_id_fkey FOREIGN KEY (listing_id) REFERENCES public.listings(listing_id);


--
-- Name: reviews reviews_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.reviews
    ADD CONSTRAINT reviews_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(order_id);


--
-- PostgreSQL database dump complete
--

\unrestrict 3f0JIWM2j0fxfFsT34oMzvXcaQSWlYVVH6bM9uYncuPc7UROs1oDREhmzQqaDl8

