CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
INSERT INTO regions (code, kato, kind, name, centre, aliases, sort_order) VALUES ('KZ-10', '100000000', 'region', '{"kk":"Абай облысы","ru":"Абайская область","en":"Abai Region","kk-Latn":"Abai oblysy"}'::jsonb, '{"kk":"Семей","ru":"Семей","en":"Semey"}'::jsonb, ARRAY['Abay', 'Semipalatinsk', 'Семипалатинск', 'Semei']::text[], 1);
--> statement-breakpoint
INSERT INTO regions (code, kato, kind, name, centre, aliases, sort_order) VALUES ('KZ-11', '110000000', 'region', '{"kk":"Ақмола облысы","ru":"Акмолинская область","en":"Akmola Region","kk-Latn":"Aqmola oblysy"}'::jsonb, '{"kk":"Көкшетау","ru":"Кокшетау","en":"Kokshetau"}'::jsonb, ARRAY['Kokchetav', 'Кокчетав', 'Kökşetau']::text[], 2);
--> statement-breakpoint
INSERT INTO regions (code, kato, kind, name, centre, aliases, sort_order) VALUES ('KZ-15', '150000000', 'region', '{"kk":"Ақтөбе облысы","ru":"Актюбинская область","en":"Aktobe Region","kk-Latn":"Aqtöbe oblysy"}'::jsonb, '{"kk":"Ақтөбе","ru":"Актобе","en":"Aktobe"}'::jsonb, ARRAY['Aktyubinsk', 'Актюбинск']::text[], 3);
--> statement-breakpoint
INSERT INTO regions (code, kato, kind, name, centre, aliases, sort_order) VALUES ('KZ-19', '190000000', 'region', '{"kk":"Алматы облысы","ru":"Алматинская область","en":"Almaty Region","kk-Latn":"Almaty oblysy"}'::jsonb, '{"kk":"Қонаев","ru":"Конаев","en":"Qonaev"}'::jsonb, ARRAY['Konaev', 'Kapshagay', 'Kapchagay', 'Капшагай', 'Қапшағай', 'Qapşağai']::text[], 4);
--> statement-breakpoint
INSERT INTO regions (code, kato, kind, name, centre, aliases, sort_order) VALUES ('KZ-23', '230000000', 'region', '{"kk":"Атырау облысы","ru":"Атырауская область","en":"Atyrau Region","kk-Latn":"Atyrau oblysy"}'::jsonb, '{"kk":"Атырау","ru":"Атырау","en":"Atyrau"}'::jsonb, ARRAY['Guryev', 'Гурьев']::text[], 5);
--> statement-breakpoint
INSERT INTO regions (code, kato, kind, name, centre, aliases, sort_order) VALUES ('KZ-27', '270000000', 'region', '{"kk":"Батыс Қазақстан облысы","ru":"Западно-Казахстанская область","en":"West Kazakhstan Region","kk-Latn":"Batys Qazaqstan oblysy"}'::jsonb, '{"kk":"Орал","ru":"Уральск","en":"Oral"}'::jsonb, ARRAY['Uralsk', 'Уральск', 'ЗКО', 'WKO']::text[], 6);
--> statement-breakpoint
INSERT INTO regions (code, kato, kind, name, centre, aliases, sort_order) VALUES ('KZ-31', '310000000', 'region', '{"kk":"Жамбыл облысы","ru":"Жамбылская область","en":"Jambyl Region","kk-Latn":"Jambyl oblysy"}'::jsonb, '{"kk":"Тараз","ru":"Тараз","en":"Taraz"}'::jsonb, ARRAY['Zhambyl', 'Dzhambul', 'Джамбул']::text[], 7);
--> statement-breakpoint
INSERT INTO regions (code, kato, kind, name, centre, aliases, sort_order) VALUES ('KZ-33', '330000000', 'region', '{"kk":"Жетісу облысы","ru":"Жетысуская область","en":"Jetisu Region","kk-Latn":"Jetısu oblysy"}'::jsonb, '{"kk":"Талдықорған","ru":"Талдыкорган","en":"Taldykorgan"}'::jsonb, ARRAY['Zhetysu', 'Жетысу', 'Semirechye']::text[], 8);
--> statement-breakpoint
INSERT INTO regions (code, kato, kind, name, centre, aliases, sort_order) VALUES ('KZ-35', '350000000', 'region', '{"kk":"Қарағанды облысы","ru":"Карагандинская область","en":"Karaganda Region","kk-Latn":"Qarağandy oblysy"}'::jsonb, '{"kk":"Қарағанды","ru":"Караганда","en":"Karaganda"}'::jsonb, ARRAY['Karagandy', 'Qaraghandy']::text[], 9);
--> statement-breakpoint
INSERT INTO regions (code, kato, kind, name, centre, aliases, sort_order) VALUES ('KZ-39', '390000000', 'region', '{"kk":"Қостанай облысы","ru":"Костанайская область","en":"Kostanay Region","kk-Latn":"Qostanai oblysy"}'::jsonb, '{"kk":"Қостанай","ru":"Костанай","en":"Kostanay"}'::jsonb, ARRAY['Kustanai', 'Кустанай']::text[], 10);
--> statement-breakpoint
INSERT INTO regions (code, kato, kind, name, centre, aliases, sort_order) VALUES ('KZ-43', '430000000', 'region', '{"kk":"Қызылорда облысы","ru":"Кызылординская область","en":"Kyzylorda Region","kk-Latn":"Qyzylorda oblysy"}'::jsonb, '{"kk":"Қызылорда","ru":"Кызылорда","en":"Kyzylorda"}'::jsonb, ARRAY['Kzyl-Orda', 'Кзыл-Орда']::text[], 11);
--> statement-breakpoint
INSERT INTO regions (code, kato, kind, name, centre, aliases, sort_order) VALUES ('KZ-47', '470000000', 'region', '{"kk":"Маңғыстау облысы","ru":"Мангистауская область","en":"Mangystau Region","kk-Latn":"Mañğystau oblysy"}'::jsonb, '{"kk":"Ақтау","ru":"Актау","en":"Aktau"}'::jsonb, ARRAY['Mangyshlak', 'Мангышлак', 'Shevchenko', 'Шевченко']::text[], 12);
--> statement-breakpoint
INSERT INTO regions (code, kato, kind, name, centre, aliases, sort_order) VALUES ('KZ-55', '550000000', 'region', '{"kk":"Павлодар облысы","ru":"Павлодарская область","en":"Pavlodar Region","kk-Latn":"Pavlodar oblysy"}'::jsonb, '{"kk":"Павлодар","ru":"Павлодар","en":"Pavlodar"}'::jsonb, '{}'::text[], 13);
--> statement-breakpoint
INSERT INTO regions (code, kato, kind, name, centre, aliases, sort_order) VALUES ('KZ-59', '590000000', 'region', '{"kk":"Солтүстік Қазақстан облысы","ru":"Северо-Казахстанская область","en":"North Kazakhstan Region","kk-Latn":"Soltüstık Qazaqstan oblysy"}'::jsonb, '{"kk":"Петропавл","ru":"Петропавловск","en":"Petropavl"}'::jsonb, ARRAY['Petropavlovsk', 'СКО', 'NKO']::text[], 14);
--> statement-breakpoint
INSERT INTO regions (code, kato, kind, name, centre, aliases, sort_order) VALUES ('KZ-61', '610000000', 'region', '{"kk":"Түркістан облысы","ru":"Туркестанская область","en":"Turkistan Region","kk-Latn":"Türkıstan oblysy"}'::jsonb, '{"kk":"Түркістан","ru":"Туркестан","en":"Turkistan"}'::jsonb, ARRAY['Turkestan', 'South Kazakhstan', 'Южно-Казахстанская область', 'Оңтүстік Қазақстан']::text[], 15);
--> statement-breakpoint
INSERT INTO regions (code, kato, kind, name, centre, aliases, sort_order) VALUES ('KZ-62', '620000000', 'region', '{"kk":"Ұлытау облысы","ru":"Улытауская область","en":"Ulytau Region","kk-Latn":"Ūlytau oblysy"}'::jsonb, '{"kk":"Жезқазған","ru":"Жезказган","en":"Zhezkazgan"}'::jsonb, ARRAY['Jezkazgan', 'Jezqazğan']::text[], 16);
--> statement-breakpoint
INSERT INTO regions (code, kato, kind, name, centre, aliases, sort_order) VALUES ('KZ-63', '630000000', 'region', '{"kk":"Шығыс Қазақстан облысы","ru":"Восточно-Казахстанская область","en":"East Kazakhstan Region","kk-Latn":"Şyğys Qazaqstan oblysy"}'::jsonb, '{"kk":"Өскемен","ru":"Усть-Каменогорск","en":"Oskemen"}'::jsonb, ARRAY['Ust-Kamenogorsk', 'Öskemen', 'ВКО', 'EKO']::text[], 17);
--> statement-breakpoint
INSERT INTO regions (code, kato, kind, name, centre, aliases, sort_order) VALUES ('KZ-71', '710000000', 'city', '{"kk":"Астана","ru":"Астана","en":"Astana","kk-Latn":"Astana"}'::jsonb, '{"kk":"Астана","ru":"Астана","en":"Astana"}'::jsonb, ARRAY['Nur-Sultan', 'Нур-Султан', 'Нұр-Сұлтан', 'Tselinograd', 'Целиноград', 'Akmolinsk', 'Акмолинск', 'Aqmola']::text[], 18);
--> statement-breakpoint
INSERT INTO regions (code, kato, kind, name, centre, aliases, sort_order) VALUES ('KZ-75', '750000000', 'city', '{"kk":"Алматы","ru":"Алматы","en":"Almaty","kk-Latn":"Almaty"}'::jsonb, '{"kk":"Алматы","ru":"Алматы","en":"Almaty"}'::jsonb, ARRAY['Alma-Ata', 'Алма-Ата', 'Verny', 'Верный']::text[], 19);
--> statement-breakpoint
INSERT INTO regions (code, kato, kind, name, centre, aliases, sort_order) VALUES ('KZ-79', '790000000', 'city', '{"kk":"Шымкент","ru":"Шымкент","en":"Shymkent","kk-Latn":"Şymkent"}'::jsonb, '{"kk":"Шымкент","ru":"Шымкент","en":"Shymkent"}'::jsonb, ARRAY['Chimkent', 'Чимкент']::text[], 20);
--> statement-breakpoint
INSERT INTO service_categories (code, name, sort_order) VALUES ('assessment', '{"kk":"Бағалау және ПМПК","ru":"Диагностика и ПМПК","en":"Assessment (PMPK)"}'::jsonb, 1);
--> statement-breakpoint
INSERT INTO service_categories (code, name, sort_order) VALUES ('early_intervention', '{"kk":"Ерте араласу","ru":"Ранняя помощь","en":"Early intervention"}'::jsonb, 2);
--> statement-breakpoint
INSERT INTO service_categories (code, name, sort_order) VALUES ('correctional_pedagogy', '{"kk":"Түзету педагогикасы және логопедия","ru":"Коррекционная педагогика и логопедия","en":"Correctional pedagogy and speech therapy"}'::jsonb, 3);
--> statement-breakpoint
INSERT INTO service_categories (code, name, sort_order) VALUES ('behavioural_therapy', '{"kk":"Мінез-құлық терапиясы","ru":"Поведенческая терапия","en":"Behavioural therapy"}'::jsonb, 4);
--> statement-breakpoint
INSERT INTO service_categories (code, name, sort_order) VALUES ('psychological_support', '{"kk":"Психологиялық қолдау","ru":"Психологическая поддержка","en":"Psychological support"}'::jsonb, 5);
--> statement-breakpoint
INSERT INTO service_categories (code, name, sort_order) VALUES ('medical_rehabilitation', '{"kk":"Медициналық оңалту","ru":"Медицинская реабилитация","en":"Medical rehabilitation"}'::jsonb, 6);
--> statement-breakpoint
INSERT INTO service_categories (code, name, sort_order) VALUES ('inclusive_education', '{"kk":"Инклюзивті білім беру","ru":"Инклюзивное образование","en":"Inclusive education"}'::jsonb, 7);
--> statement-breakpoint
INSERT INTO service_categories (code, name, sort_order) VALUES ('special_school', '{"kk":"Арнайы мектеп және балабақша","ru":"Специальная школа и детский сад","en":"Special school and kindergarten"}'::jsonb, 8);
--> statement-breakpoint
INSERT INTO service_categories (code, name, sort_order) VALUES ('adaptive_sport', '{"kk":"Бейімделген спорт","ru":"Адаптивный спорт","en":"Adaptive sport"}'::jsonb, 9);
--> statement-breakpoint
INSERT INTO service_categories (code, name, sort_order) VALUES ('parent_support', '{"kk":"Ата-аналарды қолдау және оқыту","ru":"Поддержка и обучение родителей","en":"Parent support and training"}'::jsonb, 10);
--> statement-breakpoint
INSERT INTO service_categories (code, name, sort_order) VALUES ('legal_social_help', '{"kk":"Құқықтық көмек және әлеуметтік жәрдемақы","ru":"Юридическая помощь и социальные выплаты","en":"Legal and social-benefit help"}'::jsonb, 11);
--> statement-breakpoint
INSERT INTO service_categories (code, name, sort_order) VALUES ('respite_care', '{"kk":"Уақытша күтім","ru":"Временный присмотр (передышка)","en":"Respite care"}'::jsonb, 12);
--> statement-breakpoint
INSERT INTO service_categories (code, name, sort_order) VALUES ('leisure_socialisation', '{"kk":"Бос уақыт және әлеуметтену","ru":"Досуг и социализация","en":"Leisure and socialisation"}'::jsonb, 13);
--> statement-breakpoint
INSERT INTO service_categories (code, name, sort_order) VALUES ('vocational', '{"kk":"Кәсіптік дайындық","ru":"Профессиональная подготовка","en":"Vocational training"}'::jsonb, 14);
--> statement-breakpoint
CREATE FUNCTION yntymaq_audit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_row jsonb;
  new_row jsonb;
BEGIN
  IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD); END IF;
  IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW); END IF;
  IF TG_OP = 'UPDATE' AND old_row = new_row THEN RETURN NULL; END IF;
  INSERT INTO audit_log (actor_id, action, entity, entity_id, table_name, before, after)
  VALUES (
    nullif(current_setting('yntymaq.actor_id', true), ''),
    lower(TG_OP),
    TG_ARGV[1],
    coalesce(new_row, old_row) ->> TG_ARGV[0],
    TG_TABLE_NAME,
    old_row,
    new_row
  );
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION yntymaq_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  NEW.version := OLD.version + 1;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER regions_audit AFTER INSERT OR UPDATE OR DELETE ON regions FOR EACH ROW EXECUTE FUNCTION yntymaq_audit('code', 'regions');
--> statement-breakpoint
CREATE TRIGGER branches_audit AFTER INSERT OR UPDATE OR DELETE ON branches FOR EACH ROW EXECUTE FUNCTION yntymaq_audit('id', 'branches');
--> statement-breakpoint
CREATE TRIGGER organizations_audit AFTER INSERT OR UPDATE OR DELETE ON organizations FOR EACH ROW EXECUTE FUNCTION yntymaq_audit('id', 'organizations');
--> statement-breakpoint
CREATE TRIGGER organization_regions_audit AFTER INSERT OR UPDATE OR DELETE ON organization_regions FOR EACH ROW EXECUTE FUNCTION yntymaq_audit('organization_id', 'organizations');
--> statement-breakpoint
CREATE TRIGGER locations_audit AFTER INSERT OR UPDATE OR DELETE ON locations FOR EACH ROW EXECUTE FUNCTION yntymaq_audit('id', 'locations');
--> statement-breakpoint
CREATE TRIGGER services_audit AFTER INSERT OR UPDATE OR DELETE ON services FOR EACH ROW EXECUTE FUNCTION yntymaq_audit('id', 'services');
--> statement-breakpoint
CREATE TRIGGER service_locations_audit AFTER INSERT OR UPDATE OR DELETE ON service_locations FOR EACH ROW EXECUTE FUNCTION yntymaq_audit('service_id', 'services');
--> statement-breakpoint
CREATE TRIGGER memoranda_audit AFTER INSERT OR UPDATE OR DELETE ON memoranda FOR EACH ROW EXECUTE FUNCTION yntymaq_audit('id', 'memoranda');
--> statement-breakpoint
CREATE TRIGGER memorandum_parties_audit AFTER INSERT OR UPDATE OR DELETE ON memorandum_parties FOR EACH ROW EXECUTE FUNCTION yntymaq_audit('memorandum_id', 'memoranda');
--> statement-breakpoint
CREATE TRIGGER commitments_audit AFTER INSERT OR UPDATE OR DELETE ON commitments FOR EACH ROW EXECUTE FUNCTION yntymaq_audit('memorandum_id', 'memoranda');
--> statement-breakpoint
CREATE TRIGGER initiatives_audit AFTER INSERT OR UPDATE OR DELETE ON initiatives FOR EACH ROW EXECUTE FUNCTION yntymaq_audit('id', 'initiatives');
--> statement-breakpoint
CREATE TRIGGER initiative_memoranda_audit AFTER INSERT OR UPDATE OR DELETE ON initiative_memoranda FOR EACH ROW EXECUTE FUNCTION yntymaq_audit('initiative_id', 'initiatives');
--> statement-breakpoint
CREATE TRIGGER initiative_organizations_audit AFTER INSERT OR UPDATE OR DELETE ON initiative_organizations FOR EACH ROW EXECUTE FUNCTION yntymaq_audit('initiative_id', 'initiatives');
--> statement-breakpoint
CREATE TRIGGER practices_audit AFTER INSERT OR UPDATE OR DELETE ON practices FOR EACH ROW EXECUTE FUNCTION yntymaq_audit('id', 'practices');
--> statement-breakpoint
CREATE TRIGGER practice_replications_audit AFTER INSERT OR UPDATE OR DELETE ON practice_replications FOR EACH ROW EXECUTE FUNCTION yntymaq_audit('practice_id', 'practices');
--> statement-breakpoint
CREATE TRIGGER news_posts_audit AFTER INSERT OR UPDATE OR DELETE ON news_posts FOR EACH ROW EXECUTE FUNCTION yntymaq_audit('id', 'news');
--> statement-breakpoint
CREATE TRIGGER news_links_audit AFTER INSERT OR UPDATE OR DELETE ON news_links FOR EACH ROW EXECUTE FUNCTION yntymaq_audit('news_id', 'news');
--> statement-breakpoint
CREATE TRIGGER users_audit AFTER INSERT OR UPDATE OR DELETE ON users FOR EACH ROW EXECUTE FUNCTION yntymaq_audit('id', 'users');
--> statement-breakpoint
CREATE TRIGGER user_regions_audit AFTER INSERT OR UPDATE OR DELETE ON user_regions FOR EACH ROW EXECUTE FUNCTION yntymaq_audit('user_id', 'users');
--> statement-breakpoint
CREATE TRIGGER branches_touch BEFORE UPDATE ON branches FOR EACH ROW EXECUTE FUNCTION yntymaq_touch();
--> statement-breakpoint
CREATE TRIGGER organizations_touch BEFORE UPDATE ON organizations FOR EACH ROW EXECUTE FUNCTION yntymaq_touch();
--> statement-breakpoint
CREATE TRIGGER locations_touch BEFORE UPDATE ON locations FOR EACH ROW EXECUTE FUNCTION yntymaq_touch();
--> statement-breakpoint
CREATE TRIGGER services_touch BEFORE UPDATE ON services FOR EACH ROW EXECUTE FUNCTION yntymaq_touch();
--> statement-breakpoint
CREATE TRIGGER memoranda_touch BEFORE UPDATE ON memoranda FOR EACH ROW EXECUTE FUNCTION yntymaq_touch();
--> statement-breakpoint
CREATE TRIGGER commitments_touch BEFORE UPDATE ON commitments FOR EACH ROW EXECUTE FUNCTION yntymaq_touch();
--> statement-breakpoint
CREATE TRIGGER initiatives_touch BEFORE UPDATE ON initiatives FOR EACH ROW EXECUTE FUNCTION yntymaq_touch();
--> statement-breakpoint
CREATE TRIGGER practices_touch BEFORE UPDATE ON practices FOR EACH ROW EXECUTE FUNCTION yntymaq_touch();
--> statement-breakpoint
CREATE TRIGGER news_posts_touch BEFORE UPDATE ON news_posts FOR EACH ROW EXECUTE FUNCTION yntymaq_touch();
