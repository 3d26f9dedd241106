#!/usr/bin/env python3
"""Writes a Net Zero Tracker export in the layout of the sheet 'Current Snapshot' (a row of group
names above the row of field names, as ../shared/data/nzt/columns.txt describes it), as CSV and as
XLSX, with regions, cities and companies whose End_target_text are sentences written for Zhonghe in
English, Chinese, Japanese, German, French, Italian, Spanish and Portuguese (no tracker data).

  nzt-export.py ROWS OUT_PREFIX [--expected] [--long]

writes OUT_PREFIX.csv and OUT_PREFIX.xlsx (and with --expected OUT_PREFIX.expected.json: the counts
the audit must give, worked out here from each template's intended reading, not from Zhonghe;
with --long each non-empty End_target_text gets a source note with a page reference and a URL, about
600 characters more, as long as the tracker's own quotes tend to be).
Used for the test fixtures (cli/src/test/resources/targets/nzt-export-fixture.*) and for the
4,200-row measurement in docs/performance.md. Standard library only.
"""
import csv, io, json, sys, zipfile
from xml.sax.saxutils import escape

COLUMNS = """Identification|Last_updated Identification|ID_Code Identification|ISIN_ID
Entity type and location|Name|Country|Geographic_region|Entity_type|Private_company
End target information|End_target|End_target_percentage_reduction|End_target_baseline_year|End_target_year|Status_of_end_target|Date_of_last_status_update|End_target_text|End_target_source_url
Interim target information|Interim_target|Interim_target_year|Interim_target_percentage_reduction|Interim_target_baseline_year|Interim_target_text|Targets_notes
End target integrity indicators|GHGs_covered|Scope_1_coverage|Scope_2_coverage|Scope_3_coverage|Coverage_notes|Published_plan|Published_plan_measures|Reporting_mechanism|International_equity_just_transition|Accountability_delivery|Governance_notes|Carbon_credits|Carbon_credits_conditions|Max_emission_offset|Carbon_credits_conditions_other|Separate_removal_target|Planning_removals|Removals_and_credits_notes|Territorial_emissions|Consumption_emissions|International_aviation|International_shipping|Historical_emissions
Contextual data|Race_to_zero_member|GDP|GDP_year|Population|Population_year|Company_annual_revenue|Industry|Employees|GHG_emissions|GHG_emissions_year|GHG_emissions_source
Additional target data|End_target_intensity_unit|end_target_baseyear_emissions|End_target_target_emissions|End_target_bau_emissions|End_target_other|Interim_target_intensity_unit|Interim_target_baseyear_emissions|Interim_target_target_emissions|Interim_target_bau_emissions|Interim_target_other"""

def layout():
    groups, fields = [], []
    for line in COLUMNS.split("\n"):
        parts = line.split("|")
        if line.startswith("Identification|"):
            items = line.split(" ")
            names = [i.split("|")[1] for i in items]
            group = "Identification"
        else:
            group, names = parts[0], parts[1:]
        for i, n in enumerate(names):
            groups.append(group if i == 0 else "")
            fields.append(n)
    return groups, fields

# type, language, End_target label, year, status, GHGs_covered, Carbon_credits, Scope_3, text,
# intended wording, intended statement gases (for CO2_ONLY_UNDER_GHG_WORD), mislabelled?
T = [
 ("Region","en","Net zero",2050,"In law","Carbon dioxide and other GHGs","No","", "The province will reach net zero greenhouse gas emissions by 2050 (Climate Act, p. 4).","net-zero","all-ghg",False),
 ("City","en","Net zero",2050,"Declaration / pledge","Not Specified","Yes","", "The city pledges carbon neutrality by 2050 and will buy offsets for what remains.","carbon-neutral","unspecified",False),
 ("City","en","Net zero",2050,"In policy document","Carbon dioxide and other GHGs","Not Specified","", "The national government aims for net zero by 2050; there is no evidence that the city has a similar commitment.","none",None,False),
 ("Company","en","Net zero",2040,"In policy document","Carbon dioxide and other GHGs","Yes","No", "We will reach net zero across our operations by 2040, using high-quality offsets for residual emissions.","net-zero","unspecified",False),
 ("Company","en","Carbon neutral(ity)",2030,"Achieved (self-declared)","Carbon dioxide only","Yes","Not Specified", "Our company has been carbon neutral since 2020 and will remain carbon neutral through 2030.","carbon-neutral","unspecified",False),
 ("Company","en","Emissions intensity target",2030,"In policy document","Carbon dioxide and other GHGs","No","Yes", "We will cut emissions intensity per unit of revenue by 40% by 2030 from 2019.","intensity-reduction","unspecified",False),
 ("Region","zh","Carbon neutral(ity)",2060,"In policy document","Not Specified","Not Specified","", "本省力争2030年前碳达峰，2060年前实现碳中和。","carbon-neutral","unspecified",False),
 ("City","zh","Net zero",2050,"Declaration / pledge","Carbon dioxide only","No","", "本市2050年实现碳中和，净排放与2020年水平持平。","carbon-neutral","unspecified",True),
 ("Company","zh","Net zero",2050,"In policy document","Carbon dioxide and other GHGs","No","Yes", "集团2030年实现运营碳中和，2050年实现全价值链温室气体净零排放。","net-zero","all-ghg",False),
 ("Region","ja","Net zero",2050,"In policy document","Carbon dioxide and other GHGs","Not Specified","", "本県は2050年までに温室効果ガス排出量を実質ゼロにします。","net-zero","all-ghg",False),
 ("City","ja","Net zero",2050,"Declaration / pledge","Carbon dioxide only","Not Specified","", "本市は2050年ゼロカーボンシティを宣言します。","zero-carbon","unspecified",False),
 ("Company","ja","Carbon neutral(ity)",2050,"In policy document","Not Specified","Not Specified","Not Specified", "当社は2050年カーボンニュートラルを目指します。","carbon-neutral","unspecified",False),
 ("Region","de","Climate neutral",2040,"In law","Carbon dioxide only","No","", "Das Land wird bis 2040 klimaneutral (Klimaschutzgesetz, S. 3).","climate-neutral","all-ghg",False),
 ("City","de","Net zero",2035,"In policy document","Carbon dioxide and other GHGs","No","", "Die Stadt will bis 2035 klimaneutral werden.","climate-neutral","all-ghg",False),
 ("Company","de","Climate neutral",2045,"In policy document","Carbon dioxide and other GHGs","Yes","Yes", "Der Konzern strebt Treibhausgasneutralität bis 2045 an, einschließlich der Lieferkette.","climate-neutral","all-ghg",False),
 ("Region","fr","Carbon neutral(ity)",2050,"In policy document","Not Specified","Not Specified","", "La région vise la neutralité carbone d'ici 2050 (https://example.fr/plan).","carbon-neutral","unspecified",False),
 ("City","fr","Net zero",2030,"Declaration / pledge","Carbon dioxide and other GHGs","No","", "La commune sera neutre en carbone en 2030 avec des émissions nettes au niveau de 2010.","carbon-neutral","unspecified",True),
 ("Company","fr","Net zero",2050,"In policy document","Carbon dioxide and other GHGs","Yes","Yes", "Le groupe vise des émissions nettes nulles de gaz à effet de serre en 2050.","net-zero","all-ghg",False),
 ("Region","it","Climate neutral",2050,"In policy document","Carbon dioxide and other GHGs","No","", "La regione raggiungerà la neutralità climatica entro il 2050.","climate-neutral","all-ghg",False),
 ("City","it","Net zero",2030,"Declaration / pledge","Carbon dioxide and other GHGs","Not Specified","", "La città vuole arrivare a impatto climatico zero entro il 2030.","climate-neutral","all-ghg",False),
 ("Company","it","Absolute emissions target",2030,"In policy document","Carbon dioxide and other GHGs","No","Yes", "Ridurre le emissioni di gas serra del 55% entro il 2030 rispetto al 2019.","absolute-reduction","all-ghg",False),
 ("Region","es","Carbon neutral(ity)",2050,"In law","Not Specified","Not Specified","", "La región alcanzará la neutralidad de carbono en 2050.","carbon-neutral","unspecified",False),
 ("City","es","No target",None,"","","","", "Actuamos con responsabilidad frente al cambio climático.","none",None,False),
 ("Company","es","Net zero",2050,"Achieved (self-declared)","Carbon dioxide and other GHGs","Yes","No", "La empresa alcanzará cero neto en 2050.","net-zero","unspecified",False),
 ("Region","pt","Carbon neutral(ity)",2050,"In policy document","Carbon dioxide only","No","", "O estado alcançará a neutralidade de carbono até 2050.","carbon-neutral","unspecified",False),
 ("City","pt","Reduction v. BAU",2030,"In policy document","Carbon dioxide and other GHGs","No","", "Reduzir as emissões de GEE em 20% até 2030 em relação ao cenário tendencial.","baseline-reduction","all-ghg",False),
 ("Company","pt","Net zero",2050,"In policy document","Carbon dioxide and other GHGs","Not Specified","Not Specified", "Buscamos o net zero até 2050.","net-zero","unspecified",False),
 ("Company","en","",None,"","","","", "","",None,False),
]
PREFIX = {"Region": "REG", "City": "CIT", "Company": "COM"}
COUNTRY = {"en": "GBR", "zh": "CHN", "ja": "JPN", "de": "DEU", "fr": "FRA", "it": "ITA", "es": "ESP", "pt": "BRA"}
NEUTRAL = {"net-zero", "zero-carbon", "carbon-neutral", "climate-neutral"}
LABELS = {"Net zero": "net-zero", "Carbon neutral(ity)": "carbon-neutral", "Climate neutral": "climate-neutral",
          "Emissions intensity target": "intensity-reduction", "Absolute emissions target": "absolute-reduction",
          "Reduction v. BAU": "baseline-reduction", "No target": "none"}

FILLER = (" Source: strategy adopted by the council (p. 12, https://example.org/strategy.pdf). The strategy"
          " covers energy, transport, buildings and waste, with annual reports to the council and a review"
          " every five years.") * 3
LONG = "--long" in sys.argv

def rows(n):
    groups, fields = layout()
    counters = {}
    for i in range(n):
        t = T[i % len(T)]
        kind, lang = t[0], t[1]
        counters[kind] = counters.get(kind, 0) + 1
        k = counters[kind]
        r = {f: "" for f in fields}
        r.update({"Last_updated": "2025-11-09 12:00:00", "ID_Code": "%s-%05d" % (PREFIX[kind], k),
                  "Name": "%s %d (%s)" % (kind, k, lang), "Country": COUNTRY[lang], "Entity_type": kind,
                  "Geographic_region": "Test region", "End_target": t[2],
                  "End_target_year": "" if t[3] is None else t[3], "Status_of_end_target": t[4],
                  "End_target_text": t[8] + (FILLER if LONG and t[8] else ""), "GHGs_covered": t[5], "Carbon_credits": t[6], "Scope_3_coverage": t[7],
                  "End_target_source_url": "https://example.org/%s/%d" % (kind.lower(), k),
                  "GDP": "" if kind == "Company" else "123456789012.5", "Population": "" if kind == "Company" else 250000 + k,
                  "Private_company": "Yes" if kind == "Company" else ""})
        yield t, r
    return

def expected(n):
    counts = {f: 0 for f in ["LABEL_DIFFERS_FROM_WORDING", "NET_ZERO_RELIES_ON_OFFSETS", "GAS_COVERAGE_UNSPECIFIED",
                             "CO2_ONLY_UNDER_GHG_WORD", "VALUE_CHAIN_UNCOVERED", "MISLABELLED_TARGET",
                             "ACHIEVEMENT_SELF_DECLARED"]}
    by_type = {"country": 0, "region": 0, "city": 0, "company": 0}
    agree = {k: [0, 0] for k in by_type}
    for t, r in rows(n):
        kind = t[0].lower()
        by_type[kind] += 1
        label, wording = LABELS.get(t[2]), (t[9] or None)
        neutral = (label in NEUTRAL) or (wording in NEUTRAL)
        if label and wording:
            agree[kind][0] += 1
            agree[kind][1] += label == wording
            if label != wording:
                counts["LABEL_DIFFERS_FROM_WORDING"] += 1
        if "net-zero" in (label, wording) and t[6].startswith("Yes"):
            counts["NET_ZERO_RELIES_ON_OFFSETS"] += 1
        if neutral and t[5] == "Not Specified":
            counts["GAS_COVERAGE_UNSPECIFIED"] += 1
        if ("climate-neutral" in (label, wording) or t[10] == "all-ghg") and t[5] == "Carbon dioxide only":
            counts["CO2_ONLY_UNDER_GHG_WORD"] += 1
        if kind == "company" and neutral and not t[7].startswith("Yes"):
            counts["VALUE_CHAIN_UNCOVERED"] += 1
        if t[11]:
            counts["MISLABELLED_TARGET"] += 1
        if t[4] == "Achieved (self-declared)":
            counts["ACHIEVEMENT_SELF_DECLARED"] += 1
    return {"rows": n, "byType": by_type, "agreement": {k: {"compared": v[0], "agreeing": v[1]} for k, v in agree.items()},
            "findings": counts}

def write_csv(path, n):
    groups, fields = layout()
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(groups)
        w.writerow(fields)
        for _, r in rows(n):
            w.writerow([r[x] for x in fields])

def col(i):
    s = ""
    i += 1
    while i:
        i, m = divmod(i - 1, 26)
        s = chr(65 + m) + s
    return s

def write_xlsx(path, n):
    groups, fields = layout()
    strings, index = [], {}
    def sid(s):
        if s not in index:
            index[s] = len(strings)
            strings.append(s)
        return index[s]
    out = io.StringIO()
    out.write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
    def row(num, values):
        out.write('<row r="%d">' % num)
        for i, v in enumerate(values):
            if v == "" or v is None:
                continue
            ref = "%s%d" % (col(i), num)
            if isinstance(v, (int, float)) or (isinstance(v, str) and v.replace(".", "", 1).isdigit() and fields[i] in ("GDP", "Population")):
                out.write('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                out.write('<c r="%s" t="s"><v>%d</v></c>' % (ref, sid(str(v))))
        out.write('</row>')
    row(1, groups)
    row(2, fields)
    for k, (_, r) in enumerate(rows(n)):
        row(k + 3, [r[x] for x in fields])
    out.write('</sheetData></worksheet>')
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    sst = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst %s count="%d" uniqueCount="%d">' % (ns, len(strings), len(strings))]
    sst += ['<si><t xml:space="preserve">%s</t></si>' % escape(s) for s in strings]
    sst.append('</sst>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook %s %s><sheets><sheet name="README" sheetId="1" r:id="rId1"/><sheet name="Current Snapshot" sheetId="2" r:id="rId2"/></sheets></workbook>' % (ns, rel))
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet %s><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Generated for Zhonghe tests: not Net Zero Tracker data.</t></is></c></row></sheetData></worksheet>' % ns)
        z.writestr("xl/worksheets/sheet2.xml", out.getvalue())
        z.writestr("xl/sharedStrings.xml", "".join(sst))

if __name__ == "__main__":
    n, prefix = int(sys.argv[1]), sys.argv[2]
    write_csv(prefix + ".csv", n)
    write_xlsx(prefix + ".xlsx", n)
    if "--expected" in sys.argv:
        with open(prefix + ".expected.json", "w", encoding="utf-8") as f:
            json.dump(expected(n), f, indent=1, ensure_ascii=False)
            f.write("\n")
