-- "e-KTP", "eKTP" and "KTP-el" are how people write "KTP elektronik" (and so for other electronic services:
-- e-kinerja, e-samsat, e-budgeting …). search.normalize now spells the "e-" prefix out as the word "elektronik"
-- after the noun, for documents and queries alike, so each form finds the others. Everything else is as before.
CREATE OR REPLACE FUNCTION search.normalize(t text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
  s text := lower(search.unaccent(t));
  pair text[];
BEGIN
  FOREACH pair SLICE 1 IN ARRAY ARRAY[
    -- the electronic prefix: "e-ktp", "e ktp" is left alone (a lone letter), "ektp" for the common services
    ['\me-([[:alnum:]]+)', '\1 elektronik'],
    ['\me(ktp|kia|kinerja|samsat|planning|budgeting|katalog|office|perda|retribusi|pajak|absensi|lapor|health|musrenbang|sakip|monev|rapor|tilang|learning|procurement|purchasing|government|voting|money|commerce)\M', '\1 elektronik'],
    ['\m(ktp|kia)-el\M', '\1 elektronik'],
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

-- Documents written before this normalisation are rebuilt with it.
SELECT search.innovation_document_upsert(i) FROM public."Innovation" i;
