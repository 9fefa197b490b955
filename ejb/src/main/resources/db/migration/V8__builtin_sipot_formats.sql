-- The default descriptors now use Vínculo's built-in formats (publication.BuiltInFormats), one
-- per kind of output, instead of SIPOT's test template: each field of the format is filled from
-- what the output really carries. A body replaces them by uploading its official templates.
-- Documents have no default format (DESIGN: acuerdos, actas, agreements and library entries).

DELETE FROM sipot_descriptor WHERE created_by = 'sistema' AND template_file_id IS NULL AND format_id = '35573';

INSERT INTO sipot_descriptor (output_kind, format_id, effective_from, template_file_id, sources, created_by, created_at) VALUES
('ACUERDO', '900101', '2020-01-01', NULL, '{"9001011":"period:year","9001012":"period:start","9001013":"period:end","9001014":"attr:number","9001015":"attr:date","9001016":"attr:session","9001017":"attr:text","9001018":"url","90010120":"const:Secretaría Técnica de la comisión","90010121":"today","90010122":"today"}', 'sistema', '2020-01-01 00:00:00'),
('ACTA', '900102', '2020-01-01', NULL, '{"9001021":"period:year","9001022":"period:start","9001023":"period:end","9001024":"attr:sessionType","9001025":"attr:sessionNumber","9001026":"attr:date","9001027":"url:actaPath","9001028":"attr:recordingUrl","90010220":"const:Secretaría Técnica de la comisión","90010221":"today","90010222":"today"}', 'sistema', '2020-01-01 00:00:00'),
('AGREEMENT', '900103', '2020-01-01', NULL, '{"9001031":"period:year","9001032":"period:start","9001033":"period:end","9001034":"attr:typeLabel","9001035":"attr:name","9001036":"attr:signedOn","9001037":"list:partyList","9001037/90010371":"item:name","9001037/90010372":"item:category","9001037/90010373":"item:signatory","9001037/90010374":"item:signatoryTitle","9001037/90010375":"item:signedOn","9001038":"attr:objective","9001039":"attr:validityStart","90010310":"attr:validityEnd","90010311":"url:documentPath","90010320":"const:Unidad de Transparencia","90010321":"today","90010322":"today"}', 'sistema', '2020-01-01 00:00:00'),
('LIBRARY_ENTRY', '900104', '2020-01-01', NULL, '{"9001041":"period:year","9001042":"period:start","9001043":"period:end","9001044":"attr:title","9001045":"attr:authors","9001046":"attr:body","9001047":"attr:year","9001048":"attr:typeLabel","9001049":"attr:topicLabels","90010410":"attr:summary","90010411":"attr:url","90010420":"const:Unidad de Transparencia","90010421":"today","90010422":"today"}', 'sistema', '2020-01-01 00:00:00');

-- Export files are per load type now: Alta, Cambio, Baja. Files of the old naming are dropped
-- (the next export writes them again under the new names).
DELETE FROM pnt_export_file;
ALTER TABLE pnt_export_file ADD COLUMN load_type VARCHAR(8) NOT NULL DEFAULT 'ALTA';
