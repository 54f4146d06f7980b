-- Catalogue search (docs/decisions/004-catalogue-search.md). Everything lives in its own schema
-- "search", outside what tests/integration/schema-drift.test.ts compares with schema.prisma:
-- a table with one weighted tsvector and one normalised title per innovation, kept current by a
-- trigger on "Innovation". Valid on PostgreSQL 15 and on PGlite (which loads both extensions).

CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

CREATE SCHEMA IF NOT EXISTS search;

-- unaccent() is only STABLE (it reads its dictionary by name); naming the dictionary makes the
-- result depend on the argument alone, so the wrapper may be IMMUTABLE and used in indexes.
CREATE FUNCTION search.unaccent(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, t) $$;

-- Lower case, no accents, and the common non-standard spellings rewritten to the standard (KBBI)
-- ones, because the Indonesian stemmer keeps "perijinan" (ijin) and "perizinan" (izin) apart.
-- Applied to documents and queries alike. Each pattern starts at a word boundary (\m) and may
-- follow a prefix, so "perijinan", "diijinkan" and "ijin" all become the "izin" forms.
CREATE FUNCTION search.normalize(t text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
  s text := lower(search.unaccent(t));
  pair text[];
BEGIN
  FOREACH pair SLICE 1 IN ARRAY ARRAY[
    ['\m(per|pe|di|ber|meng|peng)?ijin', '\1izin'],
    ['\mpropinsi', 'provinsi'],
    ['\mpraktek', 'praktik'],
    ['\mresiko', 'risiko'],
    ['\mapotik', 'apotek'],
    ['\msistim', 'sistem'],
    ['\mtehnik', 'teknik'],
    ['\mtehnologi', 'teknologi'],
    ['\mobyek', 'objek'],
    ['\msubyek', 'subjek'],
    ['\mkwalitas', 'kualitas'],
    ['\maktifitas', 'aktivitas'],
    ['\mefektifitas', 'efektivitas'],
    ['\mkreatifitas', 'kreativitas'],
    ['\mproduktifitas', 'produktivitas'],
    ['\mantri(an)?\M', 'antre\1'],
    ['\mnomer', 'nomor'],
    ['\mjadual', 'jadwal'],
    ['\mtelpon', 'telepon'],
    ['\mkadaluarsa', 'kedaluwarsa'],
    ['\mpuskesmass+\M', 'puskesmas']
  ] LOOP
    s := regexp_replace(s, pair[1], pair[2], 'g');
  END LOOP;
  RETURN s;
END
$$;

CREATE TABLE search.innovation_document (
  innovation_id TEXT PRIMARY KEY REFERENCES public."Innovation" ("id") ON DELETE CASCADE,
  -- title A, summary B, narrative sections C, urusan and unit D
  document TSVECTOR NOT NULL,
  -- normalised title for typo tolerance (trigram word similarity)
  title_norm TEXT NOT NULL
);

CREATE INDEX innovation_document_fts ON search.innovation_document USING gin (document);
CREATE INDEX innovation_document_title_trgm ON search.innovation_document USING gin (title_norm public.gin_trgm_ops);

CREATE FUNCTION search.innovation_document_of(i public."Innovation") RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT setweight(to_tsvector('indonesian'::regconfig, search.normalize(coalesce(i."title", ''))), 'A')
      || setweight(to_tsvector('indonesian'::regconfig, search.normalize(coalesce(i."summary", ''))), 'B')
      || setweight(to_tsvector('indonesian'::regconfig, search.normalize(concat_ws(' ',
           i."problem", i."novelty", i."strategy", i."results", i."conditionBefore", i."conditionAfter",
           i."beneficiaries", i."transferability", i."resources", i."sustainability", i."stakeholders",
           i."monitoring", i."lessonsLearned"))), 'C')
      || setweight(to_tsvector('indonesian'::regconfig, search.normalize(concat_ws(' ', i."urusan", i."unitName"))), 'D')
$$;

CREATE FUNCTION search.innovation_document_refresh() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO search.innovation_document (innovation_id, document, title_norm)
  VALUES (NEW."id", search.innovation_document_of(NEW), search.normalize(NEW."title"))
  ON CONFLICT (innovation_id) DO UPDATE
    SET document = EXCLUDED.document, title_norm = EXCLUDED.title_norm;
  RETURN NULL;
END
$$;

CREATE TRIGGER innovation_search_document
AFTER INSERT OR UPDATE OF "title", "summary", "problem", "novelty", "strategy", "results", "conditionBefore",
  "conditionAfter", "beneficiaries", "transferability", "resources", "sustainability", "stakeholders", "monitoring",
  "lessonsLearned", "urusan", "unitName"
ON public."Innovation"
FOR EACH ROW EXECUTE FUNCTION search.innovation_document_refresh();

INSERT INTO search.innovation_document (innovation_id, document, title_norm)
SELECT i."id", search.innovation_document_of(i), search.normalize(i."title") FROM public."Innovation" i;
