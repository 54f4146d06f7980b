-- Catalogue facets at national scale (docs/benchmarks.md, "The catalogue benchmark"): every catalogue statement
-- read the whole "Innovation" heap (all narrative sections inline, 195 MB for 100,000 innovations) only to
-- filter on visibility and count a handful of short columns, twice per search. Those columns are now copied
-- into search.innovation_document, next to the search document, so a search reads one narrow table.
-- The visibility rule itself stays in lib/catalog/visibility.ts (PUBLIC_DOCUMENT_SQL reads these copies).
-- Like 20261124040000_catalog_search: only the "search" schema, valid on PostgreSQL 15 and PGlite.

ALTER TABLE search.innovation_document
  ADD COLUMN status TEXT,
  ADD COLUMN is_public BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN opd_id TEXT,
  ADD COLUMN urusan TEXT,
  ADD COLUMN bentuk TEXT,
  ADD COLUMN jenis TEXT,
  ADD COLUMN tahapan TEXT,
  ADD COLUMN sdgs INTEGER[] NOT NULL DEFAULT '{}',
  ADD COLUMN year INTEGER,
  ADD COLUMN approved_at TIMESTAMP(3);

-- One innovation's row, written by the triggers below and by bulk loads (bench/lib/catalog-data.ts).
CREATE FUNCTION search.innovation_document_upsert(i public."Innovation") RETURNS void
LANGUAGE sql
AS $$
  INSERT INTO search.innovation_document (innovation_id, document, title_norm, status, is_public, opd_id, urusan,
                                          bentuk, jenis, tahapan, sdgs, year, approved_at)
  VALUES (i."id", search.innovation_document_of(i), search.normalize(i."title"), i."status"::text, i."isPublic",
          i."opdId", i."urusan", i."bentuk"::text, i."jenis"::text, i."tahapan"::text, i."sdgs", i."year", i."approvedAt")
  ON CONFLICT (innovation_id) DO UPDATE
    SET document = EXCLUDED.document, title_norm = EXCLUDED.title_norm, status = EXCLUDED.status,
        is_public = EXCLUDED.is_public, opd_id = EXCLUDED.opd_id, urusan = EXCLUDED.urusan, bentuk = EXCLUDED.bentuk,
        jenis = EXCLUDED.jenis, tahapan = EXCLUDED.tahapan, sdgs = EXCLUDED.sdgs, year = EXCLUDED.year,
        approved_at = EXCLUDED.approved_at
$$;

-- Inserts and edits of searched text rebuild the whole row (as before, now with the facet columns).
CREATE OR REPLACE FUNCTION search.innovation_document_refresh() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM search.innovation_document_upsert(NEW);
  RETURN NULL;
END
$$;

-- Approval, publication and classification changes copy the short columns only (no tsvector rebuilt).
CREATE FUNCTION search.innovation_facets_refresh() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  UPDATE search.innovation_document
     SET status = NEW."status"::text, is_public = NEW."isPublic", opd_id = NEW."opdId", urusan = NEW."urusan",
         bentuk = NEW."bentuk"::text, jenis = NEW."jenis"::text, tahapan = NEW."tahapan"::text, sdgs = NEW."sdgs",
         year = NEW."year", approved_at = NEW."approvedAt"
   WHERE innovation_id = NEW."id";
  RETURN NULL;
END
$$;

CREATE TRIGGER innovation_search_facets
AFTER UPDATE OF "status", "isPublic", "opdId", "urusan", "bentuk", "jenis", "tahapan", "sdgs", "year", "approvedAt"
ON public."Innovation"
FOR EACH ROW EXECUTE FUNCTION search.innovation_facets_refresh();

UPDATE search.innovation_document d
   SET status = i."status"::text, is_public = i."isPublic", opd_id = i."opdId", urusan = i."urusan",
       bentuk = i."bentuk"::text, jenis = i."jenis"::text, tahapan = i."tahapan"::text, sdgs = i."sdgs",
       year = i."year", approved_at = i."approvedAt"
  FROM public."Innovation" i
 WHERE i."id" = d.innovation_id;
