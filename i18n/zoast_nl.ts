<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="83" />
        <source>Layer '{layer}' has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) and run again.</source>
        <translation>Laag '{layer}' heeft geen coördinatenreferentiesysteem. Stel het CRS in (Laageigenschappen &gt; Bron) en voer opnieuw uit.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="121" />
        <source>Layer '{layer}': field(s) {fields} not found. Choose existing fields.</source>
        <translation>Laag '{layer}': veld(en) {fields} niet gevonden. Kies bestaande velden.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="916" />
        <source>Cancelled by the user.</source>
        <translation>Geannuleerd door de gebruiker.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="365" />
        <source>Could not write features to the output: {error}</source>
        <translation>Kon de objecten niet naar de uitvoer schrijven: {error}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="225" />
        <source>Layer '{layer}': {count} feature(s) with an invalid geometry, first ids: {ids}. Repair them (Vector geometry &gt; Fix geometries) or change the invalid features filtering in the Processing options.</source>
        <translation>Laag '{layer}': {count} object(en) met een ongeldige geometrie, eerste id's: {ids}. Repareer ze (Vectorgeometrie &gt; Geometrieën repareren) of wijzig het filteren van ongeldige objecten in de Processing-opties.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="237" />
        <source>Layer '{layer}': {count} feature(s) with no geometry or an invalid one skipped, first ids: {ids}.</source>
        <translation>Laag '{layer}': {count} object(en) zonder geometrie of met een ongeldige geometrie overgeslagen, eerste id's: {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="523" />
        <source>Could not write the layer '{layer}' into {path}.</source>
        <translation>Kan de laag '{layer}' niet in {path} schrijven.</translation>
    </message>
</context>
<context>
    <name>AccessibilityAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="79" />
        <source>Accessibility (2SFCA, E2SFCA, Gaussian)</source>
        <translation>Toegankelijkheid (2SFCA, E2SFCA, Gaussisch)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="83" />
        <source>Demand field (population)</source>
        <translation>Vraagveld (bevolking)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="83" />
        <source>Population of each unit, or the age-standardised need from zoast:needs.</source>
        <translation>Bevolking van elke eenheid, of de naar leeftijd gestandaardiseerde behoefte uit zoast:needs.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="86" />
        <source>Age-standardise the demand from the age bands</source>
        <translation>De vraag naar leeftijd standaardiseren op basis van de leeftijdsklassen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="86" />
        <source>Use Σ population of each age band (pop_0_14 … pop_90p) × its default consumption weight as the demand instead of the demand field (see zoast:needs for other weights).</source>
        <translation>Gebruik als vraag Σ bevolking van elke leeftijdsklasse (pop_0_14 … pop_90p) × haar standaard consumptiegewicht in plaats van het vraagveld (zie zoast:needs voor andere gewichten).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="93" />
        <source>Unit country field</source>
        <translation>Landveld van de eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="93" />
        <source>FR or BE: decides which supply is national and which is across the border.</source>
        <translation>FR of BE: bepaalt welk aanbod nationaal is en welk aan de andere kant van de grens ligt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="95" />
        <source>Capacity field</source>
        <translation>Capaciteitsveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="95" />
        <source>Supply of each point: FTE GPs, yearly consultations (APL), beds…</source>
        <translation>Aanbod van elk punt: huisartsen in VTE, raadplegingen per jaar (APL), bedden…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="98" />
        <source>Supply country field</source>
        <translation>Landveld van het aanbod</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="98" />
        <source>FR or BE for each supply point.</source>
        <translation>FR of BE voor elk aanbodpunt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="100" />
        <source>Exclude supply points where this field is true</source>
        <translation>Aanbodpunten uitsluiten waar dit veld waar is</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="100" />
        <source>E.g. age_over_65: the French APL counts only GPs under 65. Excluded points are counted in the log.</source>
        <translation>Bv. age_over_65: de Franse APL telt enkel huisartsen jonger dan 65. Uitgesloten punten worden in het logboek geteld.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="104" />
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="104" />
        <source>2SFCA (equal weight inside the catchment)</source>
        <translation>2SFCA (gelijk gewicht binnen het verzorgingsgebied)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="104" />
        <source>E2SFCA (step weights)</source>
        <translation>E2SFCA (trapsgewijze gewichten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="104" />
        <source>Gaussian decay</source>
        <translation>Gaussisch verval</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="104" />
        <source>2SFCA: Luo &amp; Wang 2003. E2SFCA: Luo &amp; Qi 2009, weights by travel-time step (the French APL is one). Gaussian: smooth decay with the SIGMA parameter.</source>
        <translation>2SFCA: Luo &amp; Wang 2003. E2SFCA: Luo &amp; Qi 2009, gewichten per reistijdstap (de Franse APL is daar een voorbeeld van). Gaussisch: geleidelijk verval met de parameter SIGMA.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="113" />
        <source>E2SFCA steps (minutes:weight;…)</source>
        <translation>E2SFCA-stappen (minuten:gewicht;…)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="113" />
        <source>Up to N minutes → weight, separated by semicolons, e.g. 10:1;20:0.68;30:0.22 (PySAL access defaults). Used by the E2SFCA method.</source>
        <translation>Tot N minuten → gewicht, gescheiden door puntkomma's, bv. 10:1;20:0.68;30:0.22 (standaardwaarden van PySAL access). Gebruikt door de methode E2SFCA.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="119" />
        <source>Gaussian sigma (minutes)</source>
        <translation>Gaussische sigma (minuten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="119" />
        <source>Width of the Gaussian decay. Used by the Gaussian method.</source>
        <translation>Breedte van het Gaussische verval. Gebruikt door de Gaussische methode.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="127" />
        <source>Supply across the border</source>
        <translation>Aanbod over de grens</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="127" />
        <source>Never (national supply only)</source>
        <translation>Nooit (enkel nationaal aanbod)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="127" />
        <source>Only inside a shared ZOAST agreement</source>
        <translation>Enkel binnen een gemeenschappelijke ZOAST-overeenkomst</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="127" />
        <source>Always (open border)</source>
        <translation>Altijd (open grens)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="127" />
        <source>Whether a unit may use supply in the other country: never, only when the unit and the unit where the supply lies belong to the same ZOAST agreement, or always.</source>
        <translation>Of een eenheid aanbod in het andere land mag gebruiken: nooit, enkel wanneer de eenheid en de eenheid waar het aanbod ligt tot dezelfde ZOAST-overeenkomst behoren, of altijd.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="270" />
        <source>ZOAST agreement members</source>
        <translation>Leden van de ZOAST-overeenkomst</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="136" />
        <source>Table of agreement code and member unit id (the zoast_members table of an agreements store). Needed when supply is used only inside a ZOAST.</source>
        <translation>Tabel met de code van de overeenkomst en het id van de aangesloten eenheid (de tabel zoast_members van een opslag van overeenkomsten). Nodig wanneer aanbod enkel binnen een ZOAST wordt gebruikt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="143" />
        <source>Members: agreement code field</source>
        <translation>Leden: veld met de code van de overeenkomst</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="143" />
        <source>Agreement code in the members table.</source>
        <translation>Code van de overeenkomst in de ledentabel.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="145" />
        <source>Members: unit id field</source>
        <translation>Leden: veld met het id van de eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="145" />
        <source>Member unit id in the members table.</source>
        <translation>Id van de aangesloten eenheid in de ledentabel.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="147" />
        <source>Supply: id of the unit where it lies</source>
        <translation>Aanbod: id van de eenheid waarin het ligt</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="147" />
        <source>Optional. Without it, the unit is found by location (point in polygon, or the nearest unit point).</source>
        <translation>Optioneel. Zonder dit veld wordt de eenheid bepaald op basis van de ligging (punt in polygoon, of het dichtstbijzijnde eenheidspunt).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="150" />
        <source>Scale the result by</source>
        <translation>Resultaat schalen met</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="150" />
        <source>Multiply the accessibility, e.g. 100000 for FTE per 100,000 inhabitants; 1 for the APL.</source>
        <translation>Vermenigvuldigt de toegankelijkheid, bv. 100000 voor VTE per 100.000 inwoners; 1 voor de APL.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="156" />
        <source>Accessibility</source>
        <translation>Toegankelijkheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="156" />
        <source>The units with access (supply per inhabitant × scale) and n_supply (supply points reached).</source>
        <translation>De eenheden met access (aanbod per inwoner × schaal) en n_supply (bereikte aanbodpunten).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="161" />
        <source>Supply-to-demand ratios</source>
        <translation>Verhoudingen aanbod/vraag</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="161" />
        <source>The supply points with demand_seen (weighted population reaching them) and ratio (capacity / demand_seen × scale).</source>
        <translation>De aanbodpunten met demand_seen (gewogen bevolking die ze bereikt) en ratio (capaciteit / demand_seen × schaal).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="168" />
        <source>Units with no supply in reach</source>
        <translation>Eenheden zonder aanbod binnen bereik</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="169" />
        <source>Unit–supply pairs used</source>
        <translation>Gebruikte paren eenheid–aanbod</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="170" />
        <source>Features skipped (no geometry or excluded)</source>
        <translation>Overgeslagen objecten (geen geometrie of uitgesloten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="186" />
        <source>Reading the layers…</source>
        <translation>Lagen inlezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="192" />
        <source>Territorial units</source>
        <translation>Territoriale eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="197" />
        <source>Supply points</source>
        <translation>Aanbodpunten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="203" />
        <source>{count} supply point(s) excluded by the field '{field}'.</source>
        <translation>{count} aanbodpunt(en) uitgesloten door het veld '{field}'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="227" />
        <source>Floating catchment…</source>
        <translation>Zwevend verzorgingsgebied berekenen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="236" />
        <source>Writing the outputs…</source>
        <translation>Uitvoer wegschrijven…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="246" />
        <source>{count} unit(s) reach no supply within the cut-off: their access is 0.</source>
        <translation>{count} eenheid/eenheden bereiken geen aanbod binnen de drempel: hun toegang is 0.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="276" />
        <source>{count} supply point(s) lie in no unit: they are used only by units of their own country.</source>
        <translation>{count} aanbodpunt(en) liggen in geen enkele eenheid: ze worden enkel gebruikt door eenheden van hun eigen land.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="278" />
        <source>{count} agreement(s) in the members table.</source>
        <translation>{count} overeenkomst(en) in de ledentabel.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="285" />
        <source>No unit reaches any supply point within {minutes} minutes. Raise the cut-off (MAX_COST), check that both layers cover the same area, or allow supply across the border.</source>
        <translation>Geen enkele eenheid bereikt een aanbodpunt binnen {minutes} minuten. Verhoog de drempel (MAX_COST), controleer of beide lagen hetzelfde gebied dekken, of sta aanbod over de grens toe.</translation>
    </message>
</context>
<context>
    <name>AgreementCandidatesAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="30" />
        <source>ZOAST extension and merger candidates</source>
        <translation>Kandidaten voor uitbreiding en samenvoeging van ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="35" />
        <source>Extension: minimum share</source>
        <translation>Uitbreiding: minimaal aandeel</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="35" />
        <source>A unit next to a zone is suggested when at least this share (0–1) of its cross-border patients go to the zone's member establishments. Illustrative default: a majority (0.5).</source>
        <translation>Een eenheid naast een zone wordt voorgesteld wanneer minstens dit aandeel (0–1) van haar grensoverschrijdende patiënten naar de aangesloten instellingen van de zone gaat. Illustratieve standaardwaarde: een meerderheid (0,5).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="42" />
        <source>Minimum patients behind a suggestion</source>
        <translation>Minimum aantal patiënten achter een voorstel</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="42" />
        <source>A suggestion (extension or merger) needs at least this many patients, so a handful of patients suggests nothing. Default 10.</source>
        <translation>Een voorstel (uitbreiding of samenvoeging) vereist minstens zoveel patiënten, zodat een handvol patiënten niets voorstelt. Standaard 10.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="49" />
        <source>Merger: minimum shared share</source>
        <translation>Samenvoeging: minimaal gedeeld aandeel</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="49" />
        <source>Two zones are suggested for a merger when the patients each sends to the other's member establishments are at least this share (0–1) of both zones' residents' patients. Illustrative default: 0.05.</source>
        <translation>Twee zones worden voorgesteld voor samenvoeging wanneer de patiënten die elke zone naar de aangesloten instellingen van de andere stuurt, minstens dit aandeel (0–1) uitmaken van de patiënten van de inwoners van beide zones. Illustratieve standaardwaarde: 0,05.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="57" />
        <source>Adjacency tolerance (metres)</source>
        <translation>Aangrenzingstolerantie (meter)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="57" />
        <source>Units closer than this count as neighbours, so slivers between the French and Belgian outlines do not cut the border.</source>
        <translation>Eenheden die dichter bij elkaar liggen dan deze afstand gelden als buren, zodat smalle kieren (slivers) tussen de Franse en Belgische contouren de aansluiting over de grens niet verbreken.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="88" />
        <source>Extension candidates</source>
        <translation>Kandidaten voor uitbreiding</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="66" />
        <source>Units suggested for a zone, with their attributes and: zoast_code, member_neighbours (member units they touch), to_zone (patients to the zone's establishments), cross_border (all their cross-border patients), share.</source>
        <translation>Eenheden voorgesteld voor een zone, met hun attributen en: zoast_code, member_neighbours (aangesloten eenheden die ze raken), to_zone (patiënten naar de instellingen van de zone), cross_border (al hun grensoverschrijdende patiënten), share.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="88" />
        <source>Merger candidates</source>
        <translation>Kandidaten voor samenvoeging</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="74" />
        <source>Pairs of zones: code_a, code_b, a_to_b, b_to_a, shared (patients treated in the other zone's establishments), residents_a, residents_b, share, share_a_to_b, share_b_to_a.</source>
        <translation>Paren van zones: code_a, code_b, a_to_b, b_to_a, shared (patiënten behandeld in de instellingen van de andere zone), residents_a, residents_b, share, share_a_to_b, share_b_to_a.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="81" />
        <source>Cross-border flows outside the agreements</source>
        <translation>Grensoverschrijdende stromen buiten de overeenkomsten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="81" />
        <source>Per origin and destination, the cross-border flows whose origin and destination share no agreement: origin_id, dest_id, direction, patients, stays, amount_eur, n_flows.</source>
        <translation>Per herkomst en bestemming, de grensoverschrijdende stromen waarvan herkomst en bestemming geen overeenkomst delen: origin_id, dest_id, direction, patients, stays, amount_eur, n_flows.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="88" />
        <source>Origin–destination pairs outside the agreements</source>
        <translation>Herkomst-bestemmingsparen buiten de overeenkomsten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="88" />
        <source>Cross-border patients outside the agreements</source>
        <translation>Grensoverschrijdende patiënten buiten de overeenkomsten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="88" />
        <source>Units and facilities skipped (no geometry or an invalid one)</source>
        <translation>Overgeslagen eenheden en voorzieningen (geen of ongeldige geometrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="111" />
        <source>Parameter AGREEMENT_ESTABLISHMENTS: the flows go to facilities, so the agreements' member establishments are needed to tell which flows a ZOAST covers. Give the member establishments table.</source>
        <translation>Parameter AGREEMENT_ESTABLISHMENTS: de stromen gaan naar voorzieningen, dus de aangesloten instellingen van de overeenkomsten zijn nodig om te bepalen welke stromen een ZOAST dekt. Geef de tabel met aangesloten instellingen op.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="118" />
        <source>Finding neighbouring units…</source>
        <translation>Aangrenzende eenheden zoeken…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="121" />
        <source>Looking for candidates…</source>
        <translation>Kandidaten zoeken…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="129" />
        <source>Writing the outputs…</source>
        <translation>Uitvoer wegschrijven…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="144" />
        <source>{count} extension candidate(s).</source>
        <translation>{count} kandidaat/kandidaten voor uitbreiding.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="144" />
        <source>{count} merger candidate(s).</source>
        <translation>{count} kandidaat/kandidaten voor samenvoeging.</translation>
    </message>
</context>
<context>
    <name>AgreementForm</name>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="63" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="64" />
        <source>Name (French)</source>
        <translation>Naam (Frans)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="65" />
        <source>Name (Dutch)</source>
        <translation>Naam (Nederlands)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="66" />
        <source>Signed on</source>
        <translation>Ondertekend op</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="67" />
        <source>In force from</source>
        <translation>Van kracht vanaf</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="68" />
        <source>Ends on</source>
        <translation>Eindigt op</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="69" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="70" />
        <source>Care covered</source>
        <translation>Gedekte zorg</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="71" />
        <source>Insurers</source>
        <translation>Verzekeraars</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="72" />
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="75" />
        <source>Unique code of the agreement (zoast_code), e.g. MRTW_URSA. Members follow a new code.</source>
        <translation>Unieke code van de overeenkomst (zoast_code), bv. MRTW_URSA. De leden volgen een nieuwe code.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="76" />
        <source>Last day the agreement covers; empty when open-ended.</source>
        <translation>Laatste dag die de overeenkomst dekt; leeg bij onbepaalde duur.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="77" />
        <source>Care the agreement covers, e.g. ambulatory;hospital.</source>
        <translation>Zorg die de overeenkomst dekt, bv. ambulatory;hospital.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="78" />
        <source>Health insurers that take part, on each side.</source>
        <translation>Ziekteverzekeraars die deelnemen, aan elke kant van de grens.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="86" />
        <source>(no date)</source>
        <translation>(geen datum)</translation>
    </message>
</context>
<context>
    <name>AgreementPerimetersAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="256" />
        <source>ZOAST agreement perimeters</source>
        <translation>Perimeters van de ZOAST-overeenkomsten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="261" />
        <source>Territorial units (communes)</source>
        <translation>Territoriale eenheden (gemeenten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="261" />
        <source>Communes and municipalities on both sides of the border, as polygons.</source>
        <translation>Gemeenten aan beide zijden van de grens, als polygonen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="267" />
        <source>Unit id field</source>
        <translation>Id-veld van de eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="267" />
        <source>Unique id of each unit, e.g. FR:59350 or BE:57081.</source>
        <translation>Uniek id van elke eenheid, bv. FR:59350 of BE:57081.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="269" />
        <source>Unit country field</source>
        <translation>Landveld van de eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="269" />
        <source>FR or BE: the side of the border each member unit is on.</source>
        <translation>FR of BE: de kant van de grens waar elke aangesloten eenheid ligt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="271" />
        <source>Population field</source>
        <translation>Bevolkingsveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="271" />
        <source>Optional: inhabitants of each unit, summed per perimeter. Leave empty to skip the population.</source>
        <translation>Optioneel: inwoners van elke eenheid, opgeteld per perimeter. Leeg laten om de bevolking over te slaan.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="274" />
        <source>Gap tolerance (metres)</source>
        <translation>Tolerantie voor kieren (meter)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="274" />
        <source>French and Belgian outlines come from different sources and leave slivers along the border: gaps narrower than twice this value are closed when dissolving. 0 dissolves the polygons as they are.</source>
        <translation>Franse en Belgische contouren komen uit verschillende bronnen en laten smalle kieren langs de grens: kieren smaller dan tweemaal deze waarde worden bij het samenvoegen gesloten. 0 voegt de polygonen samen zoals ze zijn.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="284" />
        <source>ZOAST perimeters</source>
        <translation>ZOAST-perimeters</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="284" />
        <source>One dissolved (multi)polygon per agreement, in the analysis CRS, with the agreement's attributes (or zoast_code), population, n_units, n_units_fr, n_units_be and n_establishments. An agreement with no member unit has no geometry.</source>
        <translation>Eén samengevoegde (multi)polygoon per overeenkomst, in het analyse-CRS, met de attributen van de overeenkomst (of zoast_code), population, n_units, n_units_fr, n_units_be en n_establishments. Een overeenkomst zonder aangesloten eenheid heeft geen geometrie.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="292" />
        <source>ZOAST perimeters per side</source>
        <translation>ZOAST-perimeters per kant</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="292" />
        <source>One (multi)polygon per agreement and country: zoast_code, country, population, n_units, n_establishments.</source>
        <translation>Eén (multi)polygoon per overeenkomst en land: zoast_code, country, population, n_units, n_establishments.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="299" />
        <source>Agreements</source>
        <translation>Overeenkomsten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="300" />
        <source>Agreements with member units on one side only (or none)</source>
        <translation>Overeenkomsten met aangesloten eenheden aan slechts één kant (of geen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="302" />
        <source>Units skipped (no geometry)</source>
        <translation>Overgeslagen eenheden (geen geometrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="312" />
        <source>Reading the layers…</source>
        <translation>Lagen inlezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="313" />
        <source>Territorial units</source>
        <translation>Territoriale eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="328" />
        <source>Dissolving the perimeters…</source>
        <translation>Perimeters samenvoegen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="338" />
        <source>Territorial units: the member polygons could not be dissolved ({error}). Repair them with Fix geometries and run again.</source>
        <translation>Territoriale eenheden: de polygonen van de aangesloten eenheden konden niet worden samengevoegd ({error}). Repareer ze met Geometrieën repareren en voer opnieuw uit.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="346" />
        <source>Writing the perimeters…</source>
        <translation>Perimeters wegschrijven…</translation>
    </message>
</context>
<context>
    <name>AgreementStore</name>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="199" />
        <source>Cannot create the table '{table}' in '{source}': {message}</source>
        <translation>Kan de tabel '{table}' niet aanmaken in '{source}': {message}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="237" />
        <source>'{source}' already holds ZOAST agreements: open it instead of creating it.</source>
        <translation>'{source}' bevat al ZOAST-overeenkomsten: open deze in plaats van ze aan te maken.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="261" />
        <source>'{source}' does not exist. Choose a ZOAST store (.gpkg) or create a new one.</source>
        <translation>'{source}' bestaat niet. Kies een ZOAST-opslag (.gpkg) of maak een nieuwe aan.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="269" />
        <source>'{source}' is a ZOAST store of schema version {version}, newer than this plugin supports ({supported}). Update the ZOAST plugin to open it.</source>
        <translation>'{source}' is een ZOAST-opslag met schemaversie {version}, nieuwer dan deze plugin ondersteunt ({supported}). Werk de ZOAST-plugin bij om deze te openen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="280" />
        <source>'{source}' holds ZOAST tables but no schema version (table zoast_meta). It can be upgraded to a ZOAST store of version {supported}: missing fields are added, nothing is removed.</source>
        <translation>'{source}' bevat ZOAST-tabellen maar geen schemaversie (tabel zoast_meta). Deze kan worden bijgewerkt tot een ZOAST-opslag van versie {supported}: ontbrekende velden worden toegevoegd, er wordt niets verwijderd.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="287" />
        <source>'{source}' is a ZOAST store of schema version {version}. It can be upgraded to version {supported}; older versions of the plugin will then refuse it.</source>
        <translation>'{source}' is een ZOAST-opslag met schemaversie {version}. Deze kan worden bijgewerkt tot versie {supported}; oudere versies van de plugin weigeren deze daarna.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="304" />
        <source>'{source}' is not a ZOAST store: the table(s) {tables} are missing. Choose a ZOAST store or create a new one.</source>
        <translation>'{source}' is geen ZOAST-opslag: de tabel(len) {tables} ontbreken. Kies een ZOAST-opslag of maak een nieuwe aan.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="314" />
        <source>'{source}' is not a ZOAST store: the table {table} has no field(s) {fields}.</source>
        <translation>'{source}' is geen ZOAST-opslag: de tabel {table} heeft geen veld(en) {fields}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="323" />
        <source>'{source}' has no table {table}.</source>
        <translation>'{source}' heeft geen tabel {table}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="352" />
        <source>'{source}': the schema version '{version}' in {table} cannot be read.</source>
        <translation>'{source}': de schemaversie '{version}' in {table} kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="374" />
        <source>Cannot write the table {table}: {errors}</source>
        <translation>Kan de tabel {table} niet wegschrijven: {errors}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="445" />
        <source>The table(s) {tables} are being edited in QGIS: save or discard those edits first.</source>
        <translation>De tabel(len) {tables} worden in QGIS bewerkt: sla die bewerkingen eerst op of verwerp ze.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="456" />
        <source>'{source}' does not support transactions: the agreements cannot be saved safely. Use a GeoPackage or a PostgreSQL/PostGIS database.</source>
        <translation>'{source}' ondersteunt geen transacties: de overeenkomsten kunnen niet veilig worden opgeslagen. Gebruik een GeoPackage of een PostgreSQL/PostGIS-database.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="465" />
        <source>Cannot start a transaction on '{source}': {error}</source>
        <translation>Kan geen transactie starten op '{source}': {error}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="482" />
        <source>The agreements could not be saved ({error}). Nothing was written: the store is as it was before. Your edits are kept in the form.</source>
        <translation>De overeenkomsten konden niet worden opgeslagen ({error}). Er werd niets weggeschreven: de opslag is ongewijzigd. Uw bewerkingen blijven bewaard in het formulier.</translation>
    </message>
</context>
<context>
    <name>AplAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="309" />
        <source>French APL (local potential accessibility)</source>
        <translation>Franse APL (lokale potentiële toegankelijkheid)</translation>
    </message>
</context>
<context>
    <name>CostMatrixAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="49" />
        <source>Travel cost matrix (units → supply)</source>
        <translation>Reiskostenmatrix (eenheden → aanbod)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="54" />
        <source>Draw a line for each pair</source>
        <translation>Een lijn tekenen voor elk paar</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="54" />
        <source>Write each pair as a straight line from the unit to the supply point (larger output).</source>
        <translation>Elk paar wegschrijven als een rechte lijn van de eenheid naar het aanbodpunt (grotere uitvoer).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="59" />
        <source>Travel costs</source>
        <translation>Reiskosten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="59" />
        <source>One row per unit–supply pair within the cut-off: origin_id, dest_id, cost (minutes).</source>
        <translation>Eén rij per paar eenheid–aanbod binnen de drempel: origin_id, dest_id, cost (minuten).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="64" />
        <source>Number of pairs</source>
        <translation>Aantal paren</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="74" />
        <source>Reading the layers…</source>
        <translation>Lagen inlezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="74" />
        <source>Territorial units</source>
        <translation>Territoriale eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="78" />
        <source>Supply points</source>
        <translation>Aanbodpunten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="91" />
        <source>Computing and writing travel costs…</source>
        <translation>Reiskosten berekenen en wegschrijven…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="101" />
        <source>{count} pairs written.</source>
        <translation>{count} paren geschreven.</translation>
    </message>
</context>
<context>
    <name>DelineateBasinsAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="87" />
        <source>Delineate health basins</source>
        <translation>Zorgbekkens afbakenen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="93" />
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="93" />
        <source>Dartmouth plurality (patient flows)</source>
        <translation>Dartmouth, relatieve meerderheid (patiëntenstromen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="93" />
        <source>Modularity, constrained Louvain (patient flows)</source>
        <translation>Modulariteit, begrensde Louvain (patiëntenstromen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="93" />
        <source>Proximity: nearest hub</source>
        <translation>Nabijheid: dichtstbijzijnde kern</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="93" />
        <source>Proximity: Huff probabilities</source>
        <translation>Nabijheid: Huff-kansen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="93" />
        <source>Dartmouth: each unit joins the destination receiving most of its patients, then basins are made contiguous and weak ones merged. Louvain: basins maximising the modularity of the flows, a unit joining only a basin it touches. Proximity (no flows needed): each unit joins its nearest hub, or the hub of highest Huff probability.</source>
        <translation>Dartmouth: elke eenheid sluit aan bij de bestemming die de meeste van haar patiënten ontvangt, waarna de zorgbekkens aaneengesloten worden gemaakt en zwakke zorgbekkens worden samengevoegd. Louvain: zorgbekkens die de modulariteit van de stromen maximaliseren, waarbij een eenheid enkel kan aansluiten bij een zorgbekken dat ze raakt. Nabijheid (geen stromen nodig): elke eenheid sluit aan bij de dichtstbijzijnde kern, of bij de kern met de hoogste Huff-kans.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="109" />
        <source>Compute the mean travel time of the flows</source>
        <translation>De gemiddelde reistijd van de stromen berekenen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="109" />
        <source>With flows: travel times between units (cost table of unit ids, road network or straight lines, within the cut-off) give each basin's flow-weighted mean travel time. Untick to save time on very large regions.</source>
        <translation>Met stromen: reistijden tussen eenheden (kostentabel met id's van eenheden, wegennet of rechte lijnen, binnen de drempel) leveren de door de stromen gewogen gemiddelde reistijd van elk zorgbekken. Vink uit om tijd te besparen bij zeer grote regio's.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="118" />
        <source>Basins may cross the border</source>
        <translation>Zorgbekkens mogen de grens overschrijden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="118" />
        <source>Unticked: flows, contiguity and hubs across countries (country field) are ignored, so each basin lies in one country.</source>
        <translation>Uitgevinkt: stromen, aangrenzing en kernen over landsgrenzen heen (landveld) worden genegeerd, zodat elk zorgbekken in één land ligt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="124" />
        <source>Adjacency tolerance (metres)</source>
        <translation>Aangrenzingstolerantie (meter)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="124" />
        <source>Units whose polygons come within this distance touch (bridges digitising gaps along the border between two national layers).</source>
        <translation>Eenheden waarvan de polygonen tot op deze afstand van elkaar komen, raken elkaar (overbrugt digitaliseringskieren langs de grens tussen twee nationale lagen).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="132" />
        <source>Units with their basin</source>
        <translation>Eenheden met hun zorgbekken</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="132" />
        <source>The units with their attributes and basin_id (1 … number of basins, empty for a unit in no basin), hub_unit_id, hub_id (proximity: the hub's id) and hub_probability (proximity: the Huff probability of the chosen hub, 1 for nearest).</source>
        <translation>De eenheden met hun attributen en basin_id (1 … aantal zorgbekkens, leeg voor een eenheid zonder zorgbekken), hub_unit_id, hub_id (nabijheid: het id van de kern) en hub_probability (nabijheid: de Huff-kans van de gekozen kern, 1 voor dichtstbijzijnde).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="139" />
        <source>Health basins</source>
        <translation>Zorgbekkens</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="139" />
        <source>One dissolved polygon per basin (analysis CRS) with basin_id, hub_unit_id, hub_name, hub_id, population, n_units, volume (flows of its residents), li (localization index), msi (market share index), cross_border_share, compactness (perimeter / (3.54·√area), 1 for a disc), mean_travel_time (minutes), travel_time_coverage and failing (still under MIN_LI or MIN_POPULATION).</source>
        <translation>Eén samengevoegde polygoon per zorgbekken (analyse-CRS) met basin_id, hub_unit_id, hub_name, hub_id, population, n_units, volume (stromen van de inwoners), li (lokalisatie-index), msi (marktaandeelindex), cross_border_share, compactness (perimeter / (3.54·√oppervlakte), 1 voor een cirkel), mean_travel_time (minuten), travel_time_coverage en failing (nog steeds onder MIN_LI of MIN_POPULATION).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="149" />
        <source>Number of basins</source>
        <translation>Aantal zorgbekkens</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="149" />
        <source>Basins under the minimum LI or population</source>
        <translation>Zorgbekkens onder de minimale LI of bevolking</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="149" />
        <source>Modularity of the basins on the flows</source>
        <translation>Modulariteit van de zorgbekkens op de stromen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="149" />
        <source>Unit geometries repaired</source>
        <translation>Gerepareerde geometrieën van eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="149" />
        <source>Units in no basin</source>
        <translation>Eenheden zonder zorgbekken</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="149" />
        <source>Units skipped (no geometry)</source>
        <translation>Overgeslagen eenheden (geen geometrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="160" />
        <source>Territorial units (communes)</source>
        <translation>Territoriale eenheden (gemeenten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="160" />
        <source>Communes or municipalities on both sides of the border, as polygons. Invalid polygons are repaired for the analysis (and counted).</source>
        <translation>Gemeenten aan beide zijden van de grens, als polygonen. Ongeldige polygonen worden voor de analyse gerepareerd (en geteld).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="167" />
        <source>Unit id field</source>
        <translation>Id-veld van de eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="167" />
        <source>Unique id of each unit, e.g. FR:59350 or BE:57081, as used in the flow table.</source>
        <translation>Uniek id van elke eenheid, bv. FR:59350 of BE:57081, zoals gebruikt in de stromentabel.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="169" />
        <source>Population field</source>
        <translation>Bevolkingsveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="169" />
        <source>Inhabitants of each unit (basin population and the minimum population rule).</source>
        <translation>Inwoners van elke eenheid (bevolking van het zorgbekken en de regel voor minimale bevolking).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="172" />
        <source>Country field</source>
        <translation>Landveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="172" />
        <source>FR or BE: needed for basins within each country and for the cross-border share of flows.</source>
        <translation>FR of BE: nodig voor zorgbekkens binnen elk land en voor het grensoverschrijdende aandeel van de stromen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="175" />
        <source>Unit name field</source>
        <translation>Naamveld van de eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="175" />
        <source>Optional: the name of each unit; the basins take their hub unit's name (hub_name, used as label).</source>
        <translation>Optioneel: de naam van elke eenheid; de zorgbekkens krijgen de naam van hun kerneenheid (hub_name, gebruikt als label).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="360" />
        <source>Patient flows</source>
        <translation>Patiëntenstromen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="180" />
        <source>One row per origin unit → destination with a number of patients (or stays). Needed by the Dartmouth and Louvain methods; with the proximity methods, used for the indicators.</source>
        <translation>Eén rij per herkomsteenheid → bestemming met een aantal patiënten (of verblijven). Nodig voor de methoden Dartmouth en Louvain; bij de nabijheidsmethoden gebruikt voor de indicatoren.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="187" />
        <source>Flows: origin unit id field</source>
        <translation>Stromen: id-veld van de herkomsteenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="187" />
        <source>Field of the flow table holding the unit the patients live in.</source>
        <translation>Veld van de stromentabel met de eenheid waar de patiënten wonen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="189" />
        <source>Flows: destination field</source>
        <translation>Stromen: bestemmingsveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="189" />
        <source>Field of the flow table holding the destination unit id, or the facility id when a facilities layer is given.</source>
        <translation>Veld van de stromentabel met het id van de bestemmingseenheid, of het id van de voorziening wanneer een voorzieningenlaag is opgegeven.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="192" />
        <source>Flows: volume field</source>
        <translation>Stromen: volumeveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="192" />
        <source>Number of patients (or stays) of each flow row; rows of one pair are added.</source>
        <translation>Aantal patiënten (of verblijven) van elke stroomrij; rijen van eenzelfde paar worden opgeteld.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="195" />
        <source>Facilities (flow destinations)</source>
        <translation>Voorzieningen (bestemmingen van de stromen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="195" />
        <source>Optional: when the flows go to facilities (hospitals), the table giving each facility's unit, so flows are counted at the facility's unit.</source>
        <translation>Optioneel: wanneer de stromen naar voorzieningen (ziekenhuizen) gaan, de tabel die de eenheid van elke voorziening geeft, zodat stromen worden geteld in de eenheid van de voorziening.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="202" />
        <source>Facilities: id field</source>
        <translation>Voorzieningen: id-veld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="202" />
        <source>Facility id, as in the flow destination field.</source>
        <translation>Id van de voorziening, zoals in het bestemmingsveld van de stromen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="204" />
        <source>Facilities: unit id field</source>
        <translation>Voorzieningen: id-veld van de eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="204" />
        <source>The unit each facility lies in.</source>
        <translation>De eenheid waarin elke voorziening ligt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="206" />
        <source>Minimum localization index (Dartmouth)</source>
        <translation>Minimale lokalisatie-index (Dartmouth)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="206" />
        <source>Share of the residents' flows that stay in their basin; basins below it merge into the neighbour they send most to. 0.4 after Haynes et al. 2020 (HSAr).</source>
        <translation>Aandeel van de stromen van de inwoners dat in hun zorgbekken blijft; zorgbekkens daaronder worden samengevoegd met de buur waarnaar ze het meest sturen. 0,4 volgens Haynes et al. 2020 (HSAr).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="213" />
        <source>Minimum basin population (Dartmouth)</source>
        <translation>Minimale bevolking van een zorgbekken (Dartmouth)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="213" />
        <source>Basins with fewer inhabitants merge into a neighbour. 0: no size rule (no source fixes one; set it for the care level studied).</source>
        <translation>Zorgbekkens met minder inwoners worden samengevoegd met een buur. 0: geen grootteregel (geen enkele bron legt er een vast; stel ze in volgens het bestudeerde zorgniveau).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="220" />
        <source>Resolution (Louvain)</source>
        <translation>Resolutie (Louvain)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="220" />
        <source>Modularity resolution: 1 is the classic modularity; larger values give more, smaller basins.</source>
        <translation>Resolutie van de modulariteit: 1 is de klassieke modulariteit; hogere waarden geven meer en kleinere zorgbekkens.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="227" />
        <source>Random seed (Louvain)</source>
        <translation>Startwaarde voor toeval (Louvain)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="227" />
        <source>Seed of the order in which Louvain visits the units: the same seed gives the same basins.</source>
        <translation>Startwaarde voor de volgorde waarin Louvain de eenheden overloopt: dezelfde startwaarde geeft dezelfde zorgbekkens.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="236" />
        <source>Hubs (proximity methods)</source>
        <translation>Kernen (nabijheidsmethoden)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="236" />
        <source>Hospitals or other care hubs, as points: one basin per hub chosen by some unit. Needed by the proximity methods.</source>
        <translation>Ziekenhuizen of andere zorgkernen, als punten: één zorgbekken per kern die door minstens één eenheid wordt gekozen. Nodig voor de nabijheidsmethoden.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="243" />
        <source>Hubs: id field</source>
        <translation>Kernen: id-veld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="243" />
        <source>Unique id of each hub.</source>
        <translation>Uniek id van elke kern.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="245" />
        <source>Hubs: unit id field</source>
        <translation>Kernen: id-veld van de eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="245" />
        <source>Optional: the unit each hub lies in. Without it, the unit polygon containing the hub.</source>
        <translation>Optioneel: de eenheid waarin elke kern ligt. Zonder dit veld: de eenheidspolygoon die de kern bevat.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="248" />
        <source>Hubs: capacity field (Huff)</source>
        <translation>Kernen: capaciteitsveld (Huff)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="248" />
        <source>Optional: attractiveness of each hub in the Huff model, e.g. beds. Without it every hub weighs 1.</source>
        <translation>Optioneel: aantrekkingskracht van elke kern in het Huff-model, bv. bedden. Zonder dit veld weegt elke kern 1.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="251" />
        <source>Distance decay (Huff)</source>
        <translation>Afstandsverval (Huff)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="251" />
        <source>Power: cost^-beta</source>
        <translation>Macht: cost^-beta</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="251" />
        <source>Exponential: exp(-beta·cost)</source>
        <translation>Exponentieel: exp(-beta·cost)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="251" />
        <source>How attraction falls with travel time in the Huff model.</source>
        <translation>Hoe de aantrekkingskracht afneemt met de reistijd in het Huff-model.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="258" />
        <source>Decay parameter beta (Huff)</source>
        <translation>Vervalparameter beta (Huff)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="258" />
        <source>Empty: 2 for the power decay (the classic gravity value), 0.1 per minute for the exponential decay. Calibrate it on flows when they exist.</source>
        <translation>Leeg: 2 voor het machtsverval (de klassieke zwaartekrachtwaarde), 0,1 per minuut voor het exponentiële verval. Kalibreer deze op stromen wanneer die beschikbaar zijn.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="264" />
        <source>Minimum cost in the power decay (minutes)</source>
        <translation>Minimale kost bij het machtsverval (minuten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="264" />
        <source>cost^-beta is infinite at 0 minutes, so smaller costs are raised to this value.</source>
        <translation>cost^-beta is oneindig bij 0 minuten, dus kleinere kosten worden tot deze waarde opgetrokken.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="283" />
        <source>Reading the units…</source>
        <translation>Eenheden inlezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="285" />
        <source>Territorial units</source>
        <translation>Territoriale eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="291" />
        <source>Territorial units: {count} invalid geometries repaired for the analysis, first ids: {ids}.</source>
        <translation>Territoriale eenheden: {count} ongeldige geometrieën gerepareerd voor de analyse, eerste id's: {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="312" />
        <source>Dissolving the basins and computing their indicators…</source>
        <translation>Zorgbekkens samenvoegen en hun indicatoren berekenen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="323" />
        <source>Writing {count} units and {basins} basins…</source>
        <translation>{count} eenheden en {basins} zorgbekkens wegschrijven…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="352" />
        <source>The Dartmouth and Louvain methods need a patient flow table (parameter FLOWS). Give one, or choose a proximity method.</source>
        <translation>De methoden Dartmouth en Louvain vereisen een tabel met patiëntenstromen (parameter FLOWS). Geef er een op, of kies een nabijheidsmethode.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="359" />
        <source>Reading the flows…</source>
        <translation>Stromen inlezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="369" />
        <source>Flows: {rows} rows, {volume} in total.</source>
        <translation>Stromen: {rows} rijen, {volume} in totaal.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="380" />
        <source>Facilities</source>
        <translation>Voorzieningen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="388" />
        <source>Field '{field}': {count} flow destination(s) are not facilities with a unit (fields '{id_field}', '{unit_field}' of the facilities layer), first: {ids}. Check the destination field and the facilities layer.</source>
        <translation>Veld '{field}': {count} bestemming(en) van stromen zijn geen voorzieningen met een eenheid (velden '{id_field}', '{unit_field}' van de voorzieningenlaag), eerste: {ids}. Controleer het bestemmingsveld en de voorzieningenlaag.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="398" />
        <source>Finding which units touch…</source>
        <translation>Bepalen welke eenheden elkaar raken…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="401" />
        <source>Delineating the basins…</source>
        <translation>Zorgbekkens afbakenen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="419" />
        <source>The proximity methods need a hubs layer (parameter HUBS), e.g. the hospitals.</source>
        <translation>De nabijheidsmethoden vereisen een laag met kernen (parameter HUBS), bv. de ziekenhuizen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="424" />
        <source>Hubs</source>
        <translation>Kernen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="432" />
        <source>{count} hub(s) lie in no unit, first: {ids}. Their basins have no hub unit and, within each country, no country.</source>
        <translation>{count} kern(en) liggen in geen enkele eenheid, eerste: {ids}. Hun zorgbekkens hebben geen kerneenheid en, bij zorgbekkens per land, geen land.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="435" />
        <source>Computing travel costs to the hubs…</source>
        <translation>Reiskosten naar de kernen berekenen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="454" />
        <source>The cost table goes to the hubs, not between units: no mean travel time.</source>
        <translation>De kostentabel gaat naar de kernen, niet tussen eenheden: geen gemiddelde reistijd.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="456" />
        <source>Computing travel times between units…</source>
        <translation>Reistijden tussen eenheden berekenen…</translation>
    </message>
</context>
<context>
    <name>DiagnosisModel</name>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="43" />
        <source>Territorial units (communes, polygons)</source>
        <translation>Territoriale eenheden (gemeenten, polygonen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="43" />
        <source>Communes with unit_id, name, country, population and the age bands pop_0_14 … pop_90p.</source>
        <translation>Gemeenten met unit_id, name, country, population en de leeftijdsklassen pop_0_14 … pop_90p.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="46" />
        <source>GP practices</source>
        <translation>Huisartsenpraktijken</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="46" />
        <source>Points with supply_id, country, fte, activity, age_over_65 and unit_id.</source>
        <translation>Punten met supply_id, country, fte, activity, age_over_65 en unit_id.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="49" />
        <source>Hospitals</source>
        <translation>Ziekenhuizen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="49" />
        <source>Points with supply_id, name, country, beds and unit_id.</source>
        <translation>Punten met supply_id, name, country, beds en unit_id.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="51" />
        <source>Patient flows</source>
        <translation>Patiëntenstromen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="51" />
        <source>Table with origin_id, dest_id (hospital), dest_unit_id, care_type, patients, stays and amount_eur.</source>
        <translation>Tabel met origin_id, dest_id (ziekenhuis), dest_unit_id, care_type, patients, stays en amount_eur.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="54" />
        <source>ZOAST agreements</source>
        <translation>ZOAST-overeenkomsten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="54" />
        <source>The zoast_agreements table of an agreements store.</source>
        <translation>De tabel zoast_agreements van een opslag van overeenkomsten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="56" />
        <source>ZOAST member units</source>
        <translation>Aangesloten ZOAST-eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="56" />
        <source>The zoast_members table: zoast_code and unit_id.</source>
        <translation>De tabel zoast_members: zoast_code en unit_id.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="58" />
        <source>ZOAST member establishments</source>
        <translation>Aangesloten ZOAST-instellingen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="58" />
        <source>The zoast_establishments table: zoast_code and supply_id.</source>
        <translation>De tabel zoast_establishments: zoast_code en supply_id.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="76" />
        <source>Cross-border health diagnosis (whole chain)</source>
        <translation>Grensoverschrijdende gezondheidsdiagnose (volledige keten)</translation>
    </message>
</context>
<context>
    <name>GapsAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="70" />
        <source>Care gaps (French zoning and Belgian shortage rules)</source>
        <translation>Zorgkloven (Franse zonering en Belgische tekortregels)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="75" />
        <source>Brussels municipalities</source>
        <translation>Brusselse gemeenten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="75" />
        <source>No rule (class 'Brussels: no rule applied')</source>
        <translation>Geen regel (klasse 'Brussel: geen regel toegepast')</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="75" />
        <source>Judge them with the Walloon rule</source>
        <translation>Beoordelen met de Waalse regel</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="75" />
        <source>Brussels has its own scheme, not modelled here: leave its municipalities unjudged, or judge them with the Walloon FTE-per-100,000 thresholds.</source>
        <translation>Brussel heeft een eigen regeling, die hier niet gemodelleerd is: laat de gemeenten onbeoordeeld, of beoordeel ze met de Waalse drempels in VTE per 100.000.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="84" />
        <source>Analysis CRS (projected, metres)</source>
        <translation>Analyse-CRS (geprojecteerd, meter)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="84" />
        <source>Areas computed from the polygons (when no area field is given) are measured in this projected CRS. ETRS89-LAEA (EPSG:3035) is equal-area and covers France and Belgium.</source>
        <translation>Oppervlakten berekend uit de polygonen (wanneer geen oppervlakteveld is opgegeven) worden gemeten in dit geprojecteerde CRS. ETRS89-LAEA (EPSG:3035) is oppervlaktegetrouw en dekt Frankrijk en België.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="92" />
        <source>Care gaps</source>
        <translation>Zorgkloven</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="92" />
        <source>The units with their attributes and: country, region, rule, rule_label, gap_class, gap_label (in the interface language), severity (2 severe, 1 shortage, 0 none, -1 not judged), access_unit, access (the value judged), need, threshold, shortfall_fte, common_score; with a national access field also access_national, gap_class_national, severity_national, shortfall_fte_national, border_gain, class_changed, severity_change.</source>
        <translation>De eenheden met hun attributen en: country, region, rule, rule_label, gap_class, gap_label (in de taal van de interface), severity (2 ernstig, 1 tekort, 0 geen, -1 niet beoordeeld), access_unit, access (de beoordeelde waarde), need, threshold, shortfall_fte, common_score; met een veld voor nationale toegankelijkheid ook access_national, gap_class_national, severity_national, shortfall_fte_national, border_gain, class_changed, severity_change.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="101" />
        <source>Deficiency list</source>
        <translation>Lijst van tekorten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="101" />
        <source>Units, population and shortfall (FTE) per group, country and class, most severe first, with a last row ALL holding the totals.</source>
        <translation>Eenheden, bevolking en tekort (VTE) per groep, land en klasse, ernstigste eerst, met een laatste rij ALL die de totalen bevat.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="108" />
        <source>Units in severe shortage</source>
        <translation>Eenheden met ernstig tekort</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="108" />
        <source>Units in shortage</source>
        <translation>Eenheden met tekort</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="108" />
        <source>Units without shortage</source>
        <translation>Eenheden zonder tekort</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="108" />
        <source>Units not judged (Brussels)</source>
        <translation>Niet beoordeelde eenheden (Brussel)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="108" />
        <source>Total shortfall (FTE)</source>
        <translation>Totaal tekort (VTE)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="108" />
        <source>Total shortfall with national supply only (FTE)</source>
        <translation>Totaal tekort met enkel nationaal aanbod (VTE)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="108" />
        <source>Units whose severity the border lowers</source>
        <translation>Eenheden waarvan de grens de ernst verlaagt</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="108" />
        <source>Units whose severity the border raises</source>
        <translation>Eenheden waarvan de grens de ernst verhoogt</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="108" />
        <source>Units skipped (no geometry)</source>
        <translation>Overgeslagen eenheden (geen geometrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="122" />
        <source>Territorial units (communes)</source>
        <translation>Territoriale eenheden (gemeenten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="122" />
        <source>Communes or municipalities on both sides of the border, as polygons (or points with an area field), with their accessibility and population.</source>
        <translation>Gemeenten aan beide zijden van de grens, als polygonen (of punten met een oppervlakteveld), met hun toegankelijkheid en bevolking.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="128" />
        <source>Unit id field</source>
        <translation>Id-veld van de eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="128" />
        <source>Unique id of each unit, e.g. FR:59350 or BE:57081. Belgian ids carry the REFNIS code the region is read from.</source>
        <translation>Uniek id van elke eenheid, bv. FR:59350 of BE:57081. Belgische id's bevatten de REFNIS-code waaruit het gewest wordt afgeleid.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="131" />
        <source>Accessibility field</source>
        <translation>Toegankelijkheidsveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="131" />
        <source>Accessibility of each unit, e.g. the access field of zoast:accessibility run with the ZOAST border mode. France: APL (consultations per year per standardised inhabitant); Belgium: GPs per 100,000 inhabitants (see the scale parameters).</source>
        <translation>Toegankelijkheid van elke eenheid, bv. het veld access van zoast:accessibility uitgevoerd met de ZOAST-grensmodus. Frankrijk: APL (raadplegingen per jaar per gestandaardiseerde inwoner); België: huisartsen per 100.000 inwoners (zie de schaalparameters).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="138" />
        <source>National-only accessibility field</source>
        <translation>Veld met enkel nationale toegankelijkheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="138" />
        <source>Optional: the accessibility with national supply only (e.g. joined from a second zoast:accessibility run). Adds border_gain and the class each unit would have without the border.</source>
        <translation>Optioneel: de toegankelijkheid met enkel nationaal aanbod (bv. gekoppeld uit een tweede uitvoering van zoast:accessibility). Voegt border_gain toe en de klasse die elke eenheid zonder de grens zou hebben.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="145" />
        <source>Country field</source>
        <translation>Landveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="145" />
        <source>FR or BE. Leave empty to read the country from the id prefix (FR:…, BE:…).</source>
        <translation>FR of BE. Leeg laten om het land af te leiden uit het voorvoegsel van het id (FR:…, BE:…).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="150" />
        <source>Population field</source>
        <translation>Bevolkingsveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="150" />
        <source>Inhabitants of each unit.</source>
        <translation>Inwoners van elke eenheid.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="152" />
        <source>Standardised population field</source>
        <translation>Veld gestandaardiseerde bevolking</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="152" />
        <source>Optional: the age-standardised population (field need of zoast:needs), used to turn the French APL shortfall into FTE. Without it the population is used.</source>
        <translation>Optioneel: de naar leeftijd gestandaardiseerde bevolking (veld need van zoast:needs), gebruikt om het Franse APL-tekort om te zetten in VTE. Zonder dit veld wordt de bevolking gebruikt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="158" />
        <source>Area field (km²)</source>
        <translation>Oppervlakteveld (km²)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="158" />
        <source>Optional: area of each unit in km², for the Flemish density rule. Without it the area is computed from the polygons in the analysis CRS (field area_km2).</source>
        <translation>Optioneel: oppervlakte van elke eenheid in km², voor de Vlaamse dichtheidsregel. Zonder dit veld wordt de oppervlakte berekend uit de polygonen in het analyse-CRS (veld area_km2).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="164" />
        <source>Belgian region field</source>
        <translation>Veld Belgisch gewest</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="164" />
        <source>Optional: FL, WAL or BXL for Belgian units; where empty, the region is read from the REFNIS code.</source>
        <translation>Optioneel: FL, WAL of BXL voor Belgische eenheden; waar het leeg is, wordt het gewest afgeleid uit de REFNIS-code.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="170" />
        <source>REFNIS code field</source>
        <translation>Veld REFNIS-code</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="170" />
        <source>Optional: the 5-digit REFNIS (NIS) code of Belgian units. Without it the code is read from the id (BE:57081).</source>
        <translation>Optioneel: de 5-cijferige REFNIS-code (NIS-code) van Belgische eenheden. Zonder dit veld wordt de code afgeleid uit het id (BE:57081).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="176" />
        <source>Territoire de vie-santé field (TVS rule)</source>
        <translation>Veld territoire de vie-santé (TVS-regel)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="176" />
        <source>Optional: when given, French units are judged by the population-weighted mean APL of their territoire de vie-santé, as the French zoning does.</source>
        <translation>Optioneel: indien opgegeven, worden Franse eenheden beoordeeld op de naar bevolking gewogen gemiddelde APL van hun territoire de vie-santé, zoals in de Franse zonering.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="182" />
        <source>Summary group field</source>
        <translation>Groeperingsveld voor de samenvatting</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="182" />
        <source>Optional: group the deficiency list by this field as well, e.g. a basin or ZOAST code.</source>
        <translation>Optioneel: groepeer de lijst van tekorten ook volgens dit veld, bv. een zorgbekken- of ZOAST-code.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="189" />
        <source>France: APL below this → priority intervention zone (ZIP). 2017 rule: 2.5.</source>
        <translation>Frankrijk: APL onder deze waarde → prioritaire interventiezone (ZIP). Regel van 2017: 2,5.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="189" />
        <source>France: APL up to this (inclusive) → complementary action zone (ZAC); above → outside the zoning. 2017 rule: 4.</source>
        <translation>Frankrijk: APL tot en met deze waarde → aanvullende actiezone (ZAC); daarboven → buiten de zonering. Regel van 2017: 4.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="189" />
        <source>Wallonia: FTE GPs per 100,000 below this → severe shortage. Impulseo: 50.</source>
        <translation>Wallonië: huisartsen in VTE per 100.000 onder deze waarde → ernstig tekort. Impulseo: 50.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="189" />
        <source>Wallonia: from this many FTE GPs per 100,000 → no shortage. Impulseo: 90.</source>
        <translation>Wallonië: vanaf zoveel huisartsen in VTE per 100.000 → geen tekort. Impulseo: 90.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="189" />
        <source>Flanders: GPs per 100,000 below this → priority zone. Zorg en Gezondheid: 90.</source>
        <translation>Vlaanderen: huisartsen per 100.000 onder deze waarde → prioritaire zone. Zorg en Gezondheid: 90.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="189" />
        <source>Flanders: below this density (inhabitants/km²) a municipality is low-density. Zorg en Gezondheid: 125.</source>
        <translation>Vlaanderen: onder deze dichtheid (inwoners/km²) is een gemeente dunbevolkt. Zorg en Gezondheid: 125.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="189" />
        <source>Flanders: a low-density municipality below this many GPs per 100,000 → priority zone. Zorg en Gezondheid: 120.</source>
        <translation>Vlaanderen: een dunbevolkte gemeente met minder dan zoveel huisartsen per 100.000 → prioritaire zone. Zorg en Gezondheid: 120.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="189" />
        <source>France: consultations and visits per year of one full-time GP, to turn an APL shortfall into FTE. Illustrative default: 4,500.</source>
        <translation>Frankrijk: raadplegingen en huisbezoeken per jaar van één voltijdse huisarts, om een APL-tekort om te zetten in VTE. Illustratieve standaardwaarde: 4.500.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="203" />
        <source>France: ZIP below (APL)</source>
        <translation>Frankrijk: ZIP onder (APL)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="203" />
        <source>France: ZAC up to (APL)</source>
        <translation>Frankrijk: ZAC tot en met (APL)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="203" />
        <source>Wallonia: severe shortage below (per 100,000)</source>
        <translation>Wallonië: ernstig tekort onder (per 100.000)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="203" />
        <source>Wallonia: no shortage from (per 100,000)</source>
        <translation>Wallonië: geen tekort vanaf (per 100.000)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="203" />
        <source>Flanders: priority zone below (per 100,000)</source>
        <translation>Vlaanderen: prioritaire zone onder (per 100.000)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="203" />
        <source>Flanders: low density below (inhabitants/km²)</source>
        <translation>Vlaanderen: lage dichtheid onder (inwoners/km²)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="203" />
        <source>Flanders: low-density priority zone below (per 100,000)</source>
        <translation>Vlaanderen: prioritaire zone bij lage dichtheid onder (per 100.000)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="203" />
        <source>France: activity of one FTE GP (acts per year)</source>
        <translation>Frankrijk: activiteit van één VTE huisarts (prestaties per jaar)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="220" />
        <source>Scale of French accessibility</source>
        <translation>Schaal van de Franse toegankelijkheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="220" />
        <source>French accessibility is multiplied by this to be in consultations per year per standardised inhabitant (1 when it already is; the activity of one FTE when it is in FTE per inhabitant).</source>
        <translation>De Franse toegankelijkheid wordt hiermee vermenigvuldigd om ze uit te drukken in raadplegingen per jaar per gestandaardiseerde inwoner (1 als dat al zo is; de activiteit van één VTE als ze in VTE per inwoner is).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="228" />
        <source>Scale of Belgian accessibility</source>
        <translation>Schaal van de Belgische toegankelijkheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="228" />
        <source>Belgian accessibility is multiplied by this to be in GPs per 100,000 inhabitants (1 when it already is; 100000 when it is in FTE per inhabitant).</source>
        <translation>De Belgische toegankelijkheid wordt hiermee vermenigvuldigd om ze uit te drukken in huisartsen per 100.000 inwoners (1 als dat al zo is; 100000 als ze in VTE per inwoner is).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="261" />
        <source>Reading the units…</source>
        <translation>Eenheden inlezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="265" />
        <source>Territorial units</source>
        <translation>Territoriale eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="273" />
        <source>No area field given: areas computed from the polygons in {crs}.</source>
        <translation>Geen oppervlakteveld opgegeven: oppervlakten berekend uit de polygonen in {crs}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="278" />
        <source>Classifying the units…</source>
        <translation>Eenheden classificeren…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="286" />
        <source>All units</source>
        <translation>Alle eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="296" />
        <source>Writing {count} units…</source>
        <translation>{count} eenheden wegschrijven…</translation>
    </message>
</context>
<context>
    <name>ImportFinessAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="111" />
        <source>Import the FINESS extract (French establishments)</source>
        <translation>FINESS-extract importeren (Franse instellingen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="114" />
        <source>FINESS geolocated extract</source>
        <translation>Gegeolokaliseerd FINESS-extract</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="114" />
        <source>FINESS extract (*.csv *.txt);;All files (*.*)</source>
        <translation>FINESS-extract (*.csv *.txt);;Alle bestanden (*.*)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="114" />
        <source>The file etalab-cs1100507-stock-YYYYMMDD-HHMM.csv from data.gouv.fr (';'-separated, with 'structureet' and 'geolocalisation' records).</source>
        <translation>Het bestand etalab-cs1100507-stock-YYYYMMDD-HHMM.csv van data.gouv.fr (gescheiden door ';', met records 'structureet' en 'geolocalisation').</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="122" />
        <source>Encoding</source>
        <translation>Codering</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="122" />
        <source>Character encoding of the file. The published extract is latin-1; choose utf-8 for a file re-saved as UTF-8.</source>
        <translation>Tekencodering van het bestand. Het gepubliceerde extract is latin-1; kies utf-8 voor een bestand dat opnieuw als UTF-8 is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="129" />
        <source>Import despite encoding problems</source>
        <translation>Importeren ondanks coderingsproblemen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="129" />
        <source>By default lines that do not decode cleanly with the encoding stop the import (a wrong encoding would spoil every accented name). Tick to import anyway: those lines are listed in the issues table.</source>
        <translation>Standaard stoppen regels die niet foutloos met de codering gedecodeerd kunnen worden de import (een verkeerde codering zou elke naam met accenten verminken). Vink aan om toch te importeren: die regels worden opgesomd in de tabel met problemen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="138" />
        <source>Optional: a table mapping FINESS categetab codes to ZOAST categories (fields code and category). Without it the packaged FINESS table is used; codes missing from the table get the category 'other' and are counted.</source>
        <translation>Optioneel: een tabel die FINESS-codes categetab koppelt aan ZOAST-categorieën (velden code en category). Zonder deze tabel wordt de meegeleverde FINESS-tabel gebruikt; codes die in de tabel ontbreken, krijgen de categorie 'other' en worden geteld.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="144" />
        <source>Output CRS</source>
        <translation>Uitvoer-CRS</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="144" />
        <source>CRS of the output points. Lambert-93 (EPSG:2154), the CRS of metropolitan records, by default. Records in another CRS (the overseas UTM zones) are reprojected to it: for a file with overseas departments choose a CRS valid everywhere, e.g. EPSG:4326.</source>
        <translation>CRS van de uitvoerpunten. Standaard Lambert-93 (EPSG:2154), het CRS van de records in Europees Frankrijk. Records in een ander CRS (de UTM-zones van de overzeese gebieden) worden ernaar geherprojecteerd: kies voor een bestand met overzeese departementen een CRS dat overal geldig is, bv. EPSG:4326.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="151" />
        <source>FINESS establishments</source>
        <translation>FINESS-instellingen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="151" />
        <source>One point per establishment with coordinates: supply_id (= nofinesset), nofinesset, nofinessej, name, categetab, libcategetab, category, commune (INSEE code), departement, siret, dateouv, country (FR), line.</source>
        <translation>Eén punt per instelling met coördinaten: supply_id (= nofinesset), nofinesset, nofinessej, name, categetab, libcategetab, category, commune (INSEE-code), departement, siret, dateouv, country (FR), line.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="159" />
        <source>FINESS records with issues</source>
        <translation>FINESS-records met problemen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="159" />
        <source>One row per record left out or read with a caveat: line, nofinesset, reason (a stable code), reason_text (in the interface language), detail.</source>
        <translation>Eén rij per record dat weggelaten of met voorbehoud gelezen werd: line, nofinesset, reason (een vaste code), reason_text (in de taal van de interface), detail.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="166" />
        <source>Establishments read</source>
        <translation>Gelezen instellingen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="166" />
        <source>Establishments with coordinates (points written)</source>
        <translation>Instellingen met coördinaten (geschreven punten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="166" />
        <source>Establishments without usable coordinates</source>
        <translation>Instellingen zonder bruikbare coördinaten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="166" />
        <source>Issues listed</source>
        <translation>Opgesomde problemen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="166" />
        <source>Establishments with a category code missing from the mapping</source>
        <translation>Instellingen met een categoriecode die ontbreekt in de omzettingstabel</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="184" />
        <source>Reading the FINESS file…</source>
        <translation>FINESS-bestand inlezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="191" />
        <source>FINESS file '{path}' cannot be read ({error}). Check the path and that you may read the file.</source>
        <translation>FINESS-bestand '{path}' kan niet gelezen worden ({error}). Controleer het pad en of u het bestand mag lezen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="236" />
        <source>Parameter ENCODING: '{encoding}' is not a known encoding. Use latin-1 (the encoding of the published extract) or utf-8.</source>
        <translation>Parameter ENCODING: '{encoding}' is geen gekende codering. Gebruik latin-1 (de codering van het gepubliceerde extract) of utf-8.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="248" />
        <source>The file looks like UTF-8: set ENCODING to utf-8.</source>
        <translation>Het bestand lijkt UTF-8 te zijn: stel ENCODING in op utf-8.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="250" />
        <source>Set ENCODING to the file's encoding (the published extract is latin-1).</source>
        <translation>Stel ENCODING in op de codering van het bestand (het gepubliceerde extract is latin-1).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="251" />
        <source>FINESS file: {count} line(s) do not decode cleanly with the encoding '{encoding}', first lines: {lines}. {advice} Or tick 'Import despite encoding problems' to import anyway and list them in the issues table.</source>
        <translation>FINESS-bestand: {count} regel(s) kunnen niet foutloos gedecodeerd worden met de codering '{encoding}', eerste regels: {lines}. {advice} Of vink 'Importeren ondanks coderingsproblemen' aan om toch te importeren en ze op te sommen in de tabel met problemen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="294" />
        <source>{count} point(s) in EPSG:{code} reprojected to {crs}.</source>
        <translation>{count} punt(en) in EPSG:{code} geherprojecteerd naar {crs}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="322" />
        <source>coordinates that cannot be transformed to the output CRS (no point)</source>
        <translation>coördinaten die niet naar het uitvoer-CRS getransformeerd kunnen worden (geen punt)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="326" />
        <source>FINESS extract of {date}: {lines} line(s) read, {establishments} establishment(s), {points} with coordinates written as points.</source>
        <translation>FINESS-extract van {date}: {lines} regel(s) gelezen, {establishments} instelling(en), waarvan {points} met coördinaten als punten geschreven.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="334" />
        <source>{count} issue(s) listed in the issues table:</source>
        <translation>{count} probleem/problemen opgesomd in de tabel met problemen:</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="337" />
        <source>line {line} ({id})</source>
        <translation>regel {line} ({id})</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="341" />
        <source>  {count} × {reason} [{code}], e.g. {examples}</source>
        <translation>  {count} × {reason} [{code}], bv. {examples}</translation>
    </message>
</context>
<context>
    <name>ImportPointsAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="101" />
        <source>Import care points from a table (X/Y columns)</source>
        <translation>Zorgpunten importeren uit een tabel (X/Y-kolommen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="201" />
        <source>Table of care points</source>
        <translation>Tabel met zorgpunten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="104" />
        <source>A CSV file or table with one row per care point (GP practice, hospital, pharmacy…), with coordinate columns, or a point layer of addresses already geocoded.</source>
        <translation>Een CSV-bestand of tabel met één rij per zorgpunt (huisartsenpraktijk, ziekenhuis, apotheek…), met coördinaatkolommen, of een puntlaag met reeds gegeocodeerde adressen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="110" />
        <source>X (longitude / easting) field</source>
        <translation>X-veld (lengtegraad / oostwaarde)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="110" />
        <source>Column of the X coordinate, in the CRS below; a decimal comma is accepted. Leave X and Y empty to use the geometry of a point layer.</source>
        <translation>Kolom van de X-coördinaat, in het CRS hieronder; een decimale komma wordt aanvaard. Laat X en Y leeg om de geometrie van een puntlaag te gebruiken.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="113" />
        <source>Y (latitude / northing) field</source>
        <translation>Y-veld (breedtegraad / noordwaarde)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="113" />
        <source>Column of the Y coordinate, in the CRS below.</source>
        <translation>Kolom van de Y-coördinaat, in het CRS hieronder.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="115" />
        <source>CRS of the coordinates</source>
        <translation>CRS van de coördinaten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="115" />
        <source>CRS of the X/Y columns, also the CRS of the output: WGS 84 (EPSG:4326) for longitude/latitude, Belgian Lambert 72 (EPSG:31370) or 2008 (EPSG:3812), Lambert-93 (EPSG:2154). Ignored when the geometry of the layer is used.</source>
        <translation>CRS van de X/Y-kolommen, tevens het CRS van de uitvoer: WGS 84 (EPSG:4326) voor lengte-/breedtegraad, Belgische Lambert 72 (EPSG:31370) of 2008 (EPSG:3812), Lambert-93 (EPSG:2154). Genegeerd wanneer de geometrie van de laag gebruikt wordt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="122" />
        <source>Id field</source>
        <translation>Id-veld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="122" />
        <source>Optional: unique id of each point (e.g. the INAMI/RIZIV number). Without it the feature id of the row is used. Duplicate ids stop the import.</source>
        <translation>Optioneel: uniek id van elk punt (bv. het INAMI/RIZIV-nummer). Zonder dit veld wordt het object-id van de rij gebruikt. Dubbele id's stoppen de import.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="126" />
        <source>Category field</source>
        <translation>Categorieveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="126" />
        <source>Optional: the source's category code or label, mapped to a ZOAST category by the mapping table; without a table its values must already be ZOAST categories (lower-case words such as gp, hospital).</source>
        <translation>Optioneel: de categoriecode of het label van de bron, via de omzettingstabel omgezet naar een ZOAST-categorie; zonder tabel moeten de waarden al ZOAST-categorieën zijn (woorden in kleine letters zoals gp, hospital).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="131" />
        <source>Optional: a table mapping the source's codes or labels (field code) to ZOAST categories (field category). Codes missing from it get the default category and are counted.</source>
        <translation>Optioneel: een tabel die de codes of labels van de bron (veld code) koppelt aan ZOAST-categorieën (veld category). Codes die erin ontbreken, krijgen de standaardcategorie en worden geteld.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="136" />
        <source>Default category</source>
        <translation>Standaardcategorie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="136" />
        <source>Category of the rows with no category: every row when no category field is given (e.g. gp for a list of GPs), else rows with an empty code or a code missing from the mapping table.</source>
        <translation>Categorie van de rijen zonder categorie: elke rij wanneer geen categorieveld is opgegeven (bv. gp voor een lijst van huisartsen), anders de rijen met een lege code of een code die ontbreekt in de omzettingstabel.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="143" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="143" />
        <source>Country code of every point, e.g. BE or FR; where a country field is given, used for its empty values.</source>
        <translation>Landcode van elk punt, bv. BE of FR; wanneer een landveld is opgegeven, gebruikt voor de lege waarden ervan.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="149" />
        <source>Country field</source>
        <translation>Landveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="149" />
        <source>Optional: field holding the country code (FR, BE…) of each point.</source>
        <translation>Optioneel: veld met de landcode (FR, BE…) van elk punt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="152" />
        <source>FTE field</source>
        <translation>VTE-veld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="152" />
        <source>Optional: full-time equivalents of each point (written as fte).</source>
        <translation>Optioneel: voltijdse equivalenten van elk punt (geschreven als fte).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="154" />
        <source>Beds field</source>
        <translation>Beddenveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="154" />
        <source>Optional: number of beds of each point (written as beds).</source>
        <translation>Optioneel: aantal bedden van elk punt (geschreven als beds).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="156" />
        <source>Supply points</source>
        <translation>Aanbodpunten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="156" />
        <source>One point per usable row: supply_id, category, country, fte and beds (when their fields are given), then the input's fields.</source>
        <translation>Eén punt per bruikbare rij: supply_id, category, country, fte en beds (wanneer hun velden zijn opgegeven), gevolgd door de velden van de invoer.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="163" />
        <source>Rejected rows</source>
        <translation>Geweigerde rijen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="163" />
        <source>One row per input row not imported: row (feature id), supply_id, reason (no_coordinates, bad_coordinates, no_geometry, bad_capacity) and detail (the values read).</source>
        <translation>Eén rij per invoerrij die niet geïmporteerd werd: row (object-id), supply_id, reason (no_coordinates, bad_coordinates, no_geometry, bad_capacity) en detail (de gelezen waarden).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="170" />
        <source>Points written</source>
        <translation>Geschreven punten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="170" />
        <source>Rows rejected</source>
        <translation>Aantal geweigerde rijen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="170" />
        <source>Points with a category code missing from the mapping</source>
        <translation>Punten met een categoriecode die ontbreekt in de omzettingstabel</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="182" />
        <source>Give both X_FIELD and Y_FIELD, or neither to use the geometry of a point layer.</source>
        <translation>Geef zowel X_FIELD als Y_FIELD op, of geen van beide om de geometrie van een puntlaag te gebruiken.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="187" />
        <source>Give the country of the points: COUNTRY (e.g. BE) or COUNTRY_FIELD.</source>
        <translation>Geef het land van de punten op: COUNTRY (bv. BE) of COUNTRY_FIELD.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="192" />
        <source>A mapping table is given but no category field: the table is not used.</source>
        <translation>Er is een omzettingstabel opgegeven maar geen categorieveld: de tabel wordt niet gebruikt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="198" />
        <source>The input has no point geometry: choose its X_FIELD and Y_FIELD columns.</source>
        <translation>De invoer heeft geen puntgeometrie: kies de kolommen X_FIELD en Y_FIELD.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="200" />
        <source>Reading the table…</source>
        <translation>Tabel inlezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="239" />
        <source>{points} point(s) written, {rejected} row(s) rejected.</source>
        <translation>{points} punt(en) geschreven, {rejected} rij(en) geweigerd.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="244" />
        <source>  {count} row(s) rejected: {reason}, e.g. rows {rows}</source>
        <translation>  {count} rij(en) geweigerd: {reason}, bv. rijen {rows}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="267" />
        <source>Field '{field}': {count} row(s) with no country, first ids: {ids}. Fill them or give COUNTRY for them.</source>
        <translation>Veld '{field}': {count} rij(en) zonder land, eerste id's: {ids}. Vul ze in of geef COUNTRY voor die rijen op.</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="58" />
        <source>(from the start)</source>
        <translation>(vanaf het begin)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="62" />
        <source>The territorial units (communes) to pick member units from.</source>
        <translation>De territoriale eenheden (gemeenten) waaruit aangesloten eenheden worden gekozen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="63" />
        <source>Units layer</source>
        <translation>Eenhedenlaag</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="64" />
        <source>Unit id field</source>
        <translation>Id-veld van de eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="65" />
        <source>Date the units added now join the agreement; empty: from the start.</source>
        <translation>Datum waarop de nu toegevoegde eenheden tot de overeenkomst toetreden; leeg: vanaf het begin.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="68" />
        <source>The hospitals or care facilities to pick member establishments from.</source>
        <translation>De ziekenhuizen of zorgvoorzieningen waaruit aangesloten instellingen worden gekozen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="70" />
        <source>Establishments layer</source>
        <translation>Instellingenlaag</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="71" />
        <source>Establishment id field</source>
        <translation>Id-veld van de instelling</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="72" />
        <source>Date the establishments added now join the agreement; empty: from the start.</source>
        <translation>Datum waarop de nu toegevoegde instellingen tot de overeenkomst toetreden; leeg: vanaf het begin.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="74" />
        <source>FR or BE; when empty, the country is read from the id prefix (FR:59350).</source>
        <translation>FR of BE; indien leeg, wordt het land afgeleid uit het voorvoegsel van het id (FR:59350).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="76" />
        <source>Country field</source>
        <translation>Landveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="77" />
        <source>Members since</source>
        <translation>Lid sinds</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="83" />
        <source>Add selected</source>
        <translation>Selectie toevoegen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="85" />
        <source>Add the features selected on the map in this layer to the agreement.</source>
        <translation>De objecten die in deze laag op de kaart geselecteerd zijn, aan de overeenkomst toevoegen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="86" />
        <source>Remove selected</source>
        <translation>Selectie verwijderen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="88" />
        <source>Remove from the agreement the members selected in the list, or else those selected on the map.</source>
        <translation>De in de lijst geselecteerde leden uit de overeenkomst verwijderen, of anders de leden die op de kaart geselecteerd zijn.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="90" />
        <source>Show on map</source>
        <translation>Tonen op kaart</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="92" />
        <source>Select and flash the agreement's members on the map.</source>
        <translation>De leden van de overeenkomst op de kaart selecteren en laten oplichten.</translation>
    </message>
</context>
<context>
    <name>NeedsAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="35" />
        <source>Care needs (age-standardised population)</source>
        <translation>Zorgbehoeften (naar leeftijd gestandaardiseerde bevolking)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="38" />
        <source>Territorial units (communes)</source>
        <translation>Territoriale eenheden (gemeenten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="38" />
        <source>Communes or other units, as points or polygons, with their population per age band.</source>
        <translation>Gemeenten of andere eenheden, als punten of polygonen, met hun bevolking per leeftijdsklasse.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="43" />
        <source>Unit id field</source>
        <translation>Id-veld van de eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="43" />
        <source>Unique id of each unit, e.g. FR:59350 or BE:57081 (named in messages).</source>
        <translation>Uniek id van elke eenheid, bv. FR:59350 of BE:57081 (vermeld in meldingen).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="45" />
        <source>Population aged 0–14</source>
        <translation>Bevolking 0–14 jaar</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="45" />
        <source>Population aged 15–29</source>
        <translation>Bevolking 15–29 jaar</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="45" />
        <source>Population aged 30–44</source>
        <translation>Bevolking 30–44 jaar</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="45" />
        <source>Population aged 45–59</source>
        <translation>Bevolking 45–59 jaar</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="45" />
        <source>Population aged 60–74</source>
        <translation>Bevolking 60–74 jaar</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="45" />
        <source>Population aged 75–89</source>
        <translation>Bevolking 75–89 jaar</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="45" />
        <source>Population aged 90 and over</source>
        <translation>Bevolking 90 jaar en ouder</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="55" />
        <source>Number of inhabitants of the unit in this age band (INSEE's bands; 0 or more).</source>
        <translation>Aantal inwoners van de eenheid in deze leeftijdsklasse (klassen van INSEE; 0 of meer).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="60" />
        <source>Total population field (check only)</source>
        <translation>Veld totale bevolking (enkel controle)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="60" />
        <source>Optional. When given, units whose age bands do not add up to this total (beyond 1 inhabitant or 1 %) are listed in a warning: bands and total from different years or sources.</source>
        <translation>Optioneel. Indien opgegeven, worden eenheden waarvan de leeftijdsklassen niet optellen tot dit totaal (meer dan 1 inwoner of 1 % verschil) in een waarschuwing opgesomd: klassen en totaal komen dan uit verschillende jaren of bronnen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="114" />
        <source>Age-weight table</source>
        <translation>Tabel met leeftijdsgewichten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="66" />
        <source>Optional table (CSV or layer) with one row per band (pop_0_14 … pop_90p) and its GP-care consumption weight. Without it, the illustrative default weights are used (resources/needs/age_weights_default.csv).</source>
        <translation>Optionele tabel (CSV of laag) met één rij per klasse (pop_0_14 … pop_90p) en haar gewicht voor het verbruik van huisartsenzorg. Zonder deze tabel worden de illustratieve standaardgewichten gebruikt (resources/needs/age_weights_default.csv).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="74" />
        <source>Band name field of the weight table</source>
        <translation>Klassenaamveld van de gewichtentabel</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="74" />
        <source>Field of the age-weight table holding the band names.</source>
        <translation>Veld van de tabel met leeftijdsgewichten dat de namen van de klassen bevat.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="76" />
        <source>Weight field of the weight table</source>
        <translation>Gewichtsveld van de gewichtentabel</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="76" />
        <source>Field of the age-weight table holding the weights (0 or more).</source>
        <translation>Veld van de tabel met leeftijdsgewichten dat de gewichten bevat (0 of meer).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="79" />
        <source>Rescale to the total population</source>
        <translation>Herschalen naar de totale bevolking</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="79" />
        <source>Rescale the weighted population so that its total equals the real total population (the APL's standardised inhabitants). Off: the result is in the weights' own unit.</source>
        <translation>De gewogen bevolking herschalen zodat haar totaal gelijk is aan de werkelijke totale bevolking (de gestandaardiseerde inwoners van de APL). Uit: het resultaat is uitgedrukt in de eigen eenheid van de gewichten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="85" />
        <source>Care needs</source>
        <translation>Zorgbehoeften</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="85" />
        <source>The units with their attributes and the field need (age-standardised population).</source>
        <translation>De eenheden met hun attributen en het veld need (naar leeftijd gestandaardiseerde bevolking).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="90" />
        <source>Total need</source>
        <translation>Totale behoefte</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="91" />
        <source>Units whose bands do not add up to the population</source>
        <translation>Eenheden waarvan de klassen niet optellen tot de bevolking</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="93" />
        <source>Units skipped (no geometry)</source>
        <translation>Overgeslagen eenheden (geen geometrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="102" />
        <source>Reading the layers…</source>
        <translation>Lagen inlezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="104" />
        <source>Territorial units</source>
        <translation>Territoriale eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="110" />
        <source>No age-weight table given: using the illustrative default weights.</source>
        <translation>Geen tabel met leeftijdsgewichten opgegeven: de illustratieve standaardgewichten worden gebruikt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="121" />
        <source>Computing the standardised population…</source>
        <translation>De gestandaardiseerde bevolking berekenen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="125" />
        <source>Field '{field}': the age bands of {count} unit(s) do not add up to the population, first ids: {ids}. Check that bands and total come from the same year and source.</source>
        <translation>Veld '{field}': de leeftijdsklassen van {count} eenheid/eenheden tellen niet op tot de bevolking, eerste id's: {ids}. Controleer of klassen en totaal uit hetzelfde jaar en dezelfde bron komen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="133" />
        <source>Writing {count} units…</source>
        <translation>{count} eenheden wegschrijven…</translation>
    </message>
</context>
<context>
    <name>PatientFlowsAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="230" />
        <source>Patient flows across the border</source>
        <translation>Grensoverschrijdende patiëntenstromen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="234" />
        <source>Minimum patients per line</source>
        <translation>Minimum aantal patiënten per lijn</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="234" />
        <source>Draw only the flows with at least this many patients. The summary and the totals still count every flow.</source>
        <translation>Enkel de stromen met minstens zoveel patiënten tekenen. De samenvatting en de totalen tellen nog steeds elke stroom.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="241" />
        <source>Cross-border flows only</source>
        <translation>Enkel grensoverschrijdende stromen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="241" />
        <source>Draw only the flows that cross the border (FR→BE, BE→FR). The summary still has the domestic flows.</source>
        <translation>Enkel de stromen tekenen die de grens overschrijden (FR→BE, BE→FR). De samenvatting bevat nog steeds de binnenlandse stromen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="247" />
        <source>Curved lines</source>
        <translation>Gebogen lijnen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="247" />
        <source>Draw arcs (a flow and its return bow to opposite sides) instead of straight lines.</source>
        <translation>Bogen tekenen (een stroom en zijn terugstroom buigen naar tegenovergestelde kanten) in plaats van rechte lijnen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="252" />
        <source>Width of the largest flow (mm)</source>
        <translation>Breedte van de grootste stroom (mm)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="252" />
        <source>The width field is proportional to the patients, the largest flow getting this width; never less than 0.2 mm.</source>
        <translation>Het breedteveld is evenredig met het aantal patiënten, waarbij de grootste stroom deze breedte krijgt; nooit minder dan 0,2 mm.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="262" />
        <source>Desire lines</source>
        <translation>Wenslijnen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="262" />
        <source>One line per flow (origin → destination, in the analysis CRS) with the flows table's attributes and origin_id, dest_id, care_type, patients, stays, amount_eur, origin_country, dest_country, direction (FR→BE, BE→FR, domestic) and width (mm, for the style).</source>
        <translation>Eén lijn per stroom (herkomst → bestemming, in het analyse-CRS) met de attributen van de stromentabel en origin_id, dest_id, care_type, patients, stays, amount_eur, origin_country, dest_country, direction (FR→BE, BE→FR, domestic) en width (mm, voor de stijl).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="270" />
        <source>Flows per ZOAST</source>
        <translation>Stromen per ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="270" />
        <source>Per ZOAST (zoast_code; 'all' for the whole region), direction and care type ('all' for the zone's total): patients, stays, amount_eur of its residents' flows and share_inside, the share of their patients treated in the zone's member establishments.</source>
        <translation>Per ZOAST (zoast_code; 'all' voor de hele regio), richting en zorgtype ('all' voor het totaal van de zone): patients, stays, amount_eur van de stromen van haar inwoners en share_inside, het aandeel van hun patiënten dat behandeld wordt in de aangesloten instellingen van de zone.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="278" />
        <source>Cross-border patients</source>
        <translation>Grensoverschrijdende patiënten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="278" />
        <source>Cross-border stays</source>
        <translation>Grensoverschrijdende verblijven</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="278" />
        <source>Cross-border amount (euros)</source>
        <translation>Grensoverschrijdend bedrag (euro)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="278" />
        <source>Desire lines written</source>
        <translation>Geschreven wenslijnen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="278" />
        <source>Flows not drawn (care type, minimum volume, domestic)</source>
        <translation>Niet getekende stromen (zorgtype, minimumvolume, binnenlands)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="278" />
        <source>Flows written without a line (same start and end point)</source>
        <translation>Stromen geschreven zonder lijn (zelfde begin- en eindpunt)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="278" />
        <source>Units and facilities skipped (no geometry or an invalid one)</source>
        <translation>Overgeslagen eenheden en voorzieningen (geen of ongeldige geometrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="305" />
        <source>Parameter AGREEMENT_MEMBERS: the code '{code}' names the whole region in the summary. Rename that agreement.</source>
        <translation>Parameter AGREEMENT_MEMBERS: de code '{code}' staat in de samenvatting voor de hele regio. Geef die overeenkomst een andere code.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="311" />
        <source>No member establishments given: share_inside is left empty.</source>
        <translation>Geen aangesloten instellingen opgegeven: share_inside blijft leeg.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="315" />
        <source>Drawing the desire lines…</source>
        <translation>Wenslijnen tekenen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="320" />
        <source>Summing the flows per ZOAST…</source>
        <translation>Stromen per ZOAST optellen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="342" />
        <source>{count} flow(s) start and end at the same point: written without a line.</source>
        <translation>{count} stroom/stromen beginnen en eindigen in hetzelfde punt: geschreven zonder lijn.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="346" />
        <source>{count} flow(s) not drawn (other care types, below the minimum or domestic).</source>
        <translation>{count} stroom/stromen niet getekend (andere zorgtypes, onder het minimum of binnenlands).</translation>
    </message>
</context>
<context>
    <name>ReportAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="120" />
        <source>Diagnosis report (PDF atlas)</source>
        <translation>Diagnoserapport (PDF-atlas)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="129" />
        <source>Atlas pages (basins or ZOAST perimeters)</source>
        <translation>Atlaspagina's (zorgbekkens of ZOAST-perimeters)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="129" />
        <source>One page per polygon: the BASINS output of zoast:delineatebasins or the perimeters of zoast:agreementperimeters.</source>
        <translation>Eén pagina per polygoon: de uitvoer BASINS van zoast:delineatebasins of de perimeters van zoast:agreementperimeters.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="136" />
        <source>Page name field</source>
        <translation>Veld paginanaam</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="136" />
        <source>Title of each page. Empty: the first of name, hub_name, name_fr, name_nl, zoast_code, basin_id the layer has.</source>
        <translation>Titel van elke pagina. Leeg: het eerste veld uit name, hub_name, name_fr, name_nl, zoast_code, basin_id dat in de laag voorkomt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="343" />
        <source>Units with gap classes</source>
        <translation>Eenheden met kloofklassen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="142" />
        <source>The Care gaps output of zoast:gaps (fields gap_class and severity; with a national-only accessibility also severity_national, shortfall_fte_national and severity_change).</source>
        <translation>De uitvoer Zorgkloven van zoast:gaps (velden gap_class en severity; met een toegankelijkheid met enkel nationaal aanbod ook severity_national, shortfall_fte_national en severity_change).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="148" />
        <source>Unit id field</source>
        <translation>Id-veld van de eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="148" />
        <source>Unique id of each unit, named in error messages.</source>
        <translation>Uniek id van elke eenheid, vermeld in foutmeldingen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="150" />
        <source>Population field</source>
        <translation>Bevolkingsveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="150" />
        <source>Inhabitants of each unit.</source>
        <translation>Inwoners van elke eenheid.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="454" />
        <source>Supply points</source>
        <translation>Aanbodpunten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="152" />
        <source>Optional: GP practices or other care supply, drawn on the page maps and counted per page.</source>
        <translation>Optioneel: huisartsenpraktijken of ander zorgaanbod, getekend op de kaarten van de pagina's en geteld per pagina.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="158" />
        <source>Supply capacity field</source>
        <translation>Capaciteitsveld van het aanbod</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="158" />
        <source>Optional: capacity of each supply point (e.g. fte), summed per page.</source>
        <translation>Optioneel: capaciteit van elk aanbodpunt (bv. fte), opgeteld per pagina.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="363" />
        <source>Patient flow lines</source>
        <translation>Lijnen van patiëntenstromen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="163" />
        <source>Optional: the desire lines of zoast:patientflows (fields direction and patients). Cross-border lines (direction other than 'domestic') are drawn and counted: patients living in the page treated across the border, and patients from across the border treated in the page.</source>
        <translation>Optioneel: de wenslijnen van zoast:patientflows (velden direction en patients). Grensoverschrijdende lijnen (direction verschillend van 'domestic') worden getekend en geteld: patiënten die in het gebied van de pagina wonen en over de grens behandeld worden, en patiënten van over de grens die in het gebied van de pagina behandeld worden.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="172" />
        <source>Flow patients field</source>
        <translation>Veld patiënten van de stromen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="172" />
        <source>Patients of each flow line.</source>
        <translation>Patiënten van elke stroomlijn.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="388" />
        <source>ZOAST perimeters</source>
        <translation>ZOAST-perimeters</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="176" />
        <source>Optional: the ZOAST outlines (output of zoast:agreementperimeters), drawn on every map.</source>
        <translation>Optioneel: de ZOAST-contouren (uitvoer van zoast:agreementperimeters), getekend op elke kaart.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="182" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="238" />
        <source>Cross-border health access diagnosis</source>
        <translation>Grensoverschrijdende diagnose van de toegang tot zorg</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="182" />
        <source>Title of the cover page.</source>
        <translation>Titel van het voorblad.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="643" />
        <source>Key figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="187" />
        <source>Units and population</source>
        <translation>Eenheden en bevolking</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="187" />
        <source>Population per gap severity (with the ZOAST)</source>
        <translation>Bevolking per ernst van de kloof (met de ZOAST)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="187" />
        <source>Population per gap severity (national supply only)</source>
        <translation>Bevolking per ernst van de kloof (enkel nationaal aanbod)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="187" />
        <source>Shortfall in FTE and what the border saves</source>
        <translation>Tekort in VTE en wat de grens bespaart</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="187" />
        <source>Units whose severity the border changes</source>
        <translation>Eenheden waarvan de grens de ernst wijzigt</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="187" />
        <source>Cross-border patients</source>
        <translation>Grensoverschrijdende patiënten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="187" />
        <source>Figures in the table of each page, computed from the units whose point on surface lies in the page's polygon (the cover sums the whole region). A figure whose input is missing is left out.</source>
        <translation>Cijfers in de tabel van elke pagina, berekend uit de eenheden waarvan het punt op oppervlak in de polygoon van de pagina ligt (het voorblad telt de hele regio op). Een cijfer waarvan de invoer ontbreekt, wordt weggelaten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="202" />
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="202" />
        <source>Footer text naming the data sources. Empty: the names of the input layers and today's date.</source>
        <translation>Voettekst met de gegevensbronnen. Leeg: de namen van de invoerlagen en de datum van vandaag.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="207" />
        <source>Resolution (dpi)</source>
        <translation>Resolutie (dpi)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="207" />
        <source>Resolution of the PNG maps and of the rasterised parts of the PDF.</source>
        <translation>Resolutie van de PNG-kaarten en van de gerasterde delen van de PDF.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="215" />
        <source>Report (PDF)</source>
        <translation>Rapport (PDF)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="215" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="215" />
        <source>The A4 landscape PDF: a cover page, then one page per polygon of the atlas pages.</source>
        <translation>De PDF in A4 liggend: een voorblad, daarna één pagina per polygoon van de atlaspagina's.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="220" />
        <source>Folder for PNG pages</source>
        <translation>Map voor PNG-pagina's</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="222" />
        <source>Optional: also write each page as a PNG image (cover.png, page_01_&lt;name&gt;.png…), e.g. for a web page or a slide.</source>
        <translation>Optioneel: elke pagina ook wegschrijven als PNG-afbeelding (cover.png, page_01_&lt;name&gt;.png…), bv. voor een webpagina of een dia.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="227" />
        <source>Number of pages</source>
        <translation>Aantal pagina's</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="243" />
        <source>Reading the layers…</source>
        <translation>Lagen inlezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="318" />
        <source>Atlas pages</source>
        <translation>Atlaspagina's</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="657" />
        <source>Cancelled by the user.</source>
        <translation>Geannuleerd door de gebruiker.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="270" />
        <source>Sources: {layers}. Computed with the ZOAST plugin for QGIS.</source>
        <translation>Bronnen: {layers}. Berekend met de ZOAST-plugin voor QGIS.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="280" />
        <source>Laying out {count} pages…</source>
        <translation>{count} pagina's opmaken…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="289" />
        <source>Writing the PDF…</source>
        <translation>PDF wegschrijven…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="300" />
        <source>Could not write the PDF {path} ({error}). Check that the folder is writable and the file is not open in another program.</source>
        <translation>Kon de PDF {path} niet schrijven ({error}). Controleer of er in de map geschreven kan worden en of het bestand niet geopend is in een ander programma.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="307" />
        <source>Report written: {path} ({count} pages).</source>
        <translation>Rapport geschreven: {path} ({count} pagina's).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="321" />
        <source>Layer 'Atlas pages' has no polygon with a geometry ({skipped} without). Choose the basins or ZOAST perimeters to make one page of each.</source>
        <translation>Laag "Atlaspagina's" heeft geen polygoon met een geometrie ({skipped} zonder). Kies de zorgbekkens of ZOAST-perimeters om van elk ervan één pagina te maken.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="325" />
        <source>Layer 'Atlas pages': {count} polygon(s) with no geometry or an invalid one, first ids: {ids}. Repair or remove them.</source>
        <translation>Laag "Atlaspagina's": {count} polygoon/polygonen zonder geometrie of met een ongeldige geometrie, eerste id's: {ids}. Repareer of verwijder ze.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="334" />
        <source>Page {n}</source>
        <translation>Pagina {n}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="346" />
        <source>{count} unit(s) without a geometry are left out of the figures.</source>
        <translation>{count} eenheid/eenheden zonder geometrie worden weggelaten uit de cijfers.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="380" />
        <source>Gap classes (with the ZOAST)</source>
        <translation>Kloofklassen (met de ZOAST)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="400" />
        <source>France → Belgium</source>
        <translation>Frankrijk → België</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="400" />
        <source>Belgium → France</source>
        <translation>België → Frankrijk</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="401" />
        <source>Domestic</source>
        <translation>Binnenlands</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="401" />
        <source>Other directions</source>
        <translation>Andere richtingen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="407" />
        <source>Cross-border patient flows</source>
        <translation>Grensoverschrijdende patiëntenstromen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="421" />
        <source>Inhabitants in severe shortage</source>
        <translation>Inwoners met ernstig tekort</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="422" />
        <source>Inhabitants in shortage</source>
        <translation>Inwoners met tekort</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="423" />
        <source>Inhabitants without shortage</source>
        <translation>Inwoners zonder tekort</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="424" />
        <source>Inhabitants not judged</source>
        <translation>Niet-beoordeelde inwoners</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="432" />
        <source>Units (communes)</source>
        <translation>Eenheden (gemeenten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="433" />
        <source>Population</source>
        <translation>Bevolking</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="443" />
        <source>Shortfall (FTE GPs)</source>
        <translation>Tekort (huisartsen in VTE)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="446" />
        <source>Shortfall the border saves (FTE)</source>
        <translation>Tekort dat de grens bespaart (VTE)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="449" />
        <source>Units the border improves (inhabitants)</source>
        <translation>Eenheden die de grens verbetert (inwoners)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="451" />
        <source>Units the border worsens (inhabitants)</source>
        <translation>Eenheden die de grens verslechtert (inwoners)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="456" />
        <source>Supply capacity (FTE)</source>
        <translation>Aanbodcapaciteit (VTE)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="458" />
        <source>Residents treated across the border</source>
        <translation>Inwoners behandeld over de grens</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="459" />
        <source>Patients received from across the border</source>
        <translation>Patiënten ontvangen van over de grens</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="551" />
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="577" />
        <source>Figure</source>
        <translation>Kengetal</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="577" />
        <source>With ZOAST</source>
        <translation>Met ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="577" />
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="579" />
        <source>National only</source>
        <translation>Enkel nationaal</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="604" />
        <source>page {n} of {total}</source>
        <translation>pagina {n} van {total}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="626" />
        <source>Method. Each commune or municipality is judged by its own country's GP-shortage rule (France: APL zoning; Wallonia: Impulseo; Flanders: Zorg en Gezondheid priority zones), counting the GPs reachable inside the ZOAST cross-border agreements; 'national only' counts the supply of its own country only. The figures of each page sum the units whose point on surface lies in the page's outline; the shortfall is the GP time (FTE) to reach the next better class, a local estimate.</source>
        <translation>Methode. Elke gemeente wordt beoordeeld volgens de regel voor huisartsentekort van haar eigen land (Frankrijk: APL-zonering; Wallonië: Impulseo; Vlaanderen: prioritaire zones van Zorg en Gezondheid), waarbij de huisartsen meetellen die bereikbaar zijn binnen de grensoverschrijdende ZOAST-overeenkomsten; 'enkel nationaal' telt enkel het aanbod van het eigen land. De cijfers van elke pagina zijn de som van de eenheden waarvan het punt op oppervlak binnen de contour van de pagina ligt; het tekort is de huisartsentijd (VTE) die nodig is om de volgende, betere klasse te bereiken, een lokale schatting.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="633" />
        <source>Whole region</source>
        <translation>Hele regio</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="661" />
        <source>Could not write the image {path}. Check that the folder is writable.</source>
        <translation>Kon de afbeelding {path} niet schrijven. Controleer of er in de map geschreven kan worden.</translation>
    </message>
</context>
<context>
    <name>SupplyInventoryAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="66" />
        <source>Supply inventory per unit (counts, capacity, density)</source>
        <translation>Inventaris van het aanbod per eenheid (aantallen, capaciteit, dichtheid)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="69" />
        <source>Supply point layers</source>
        <translation>Lagen met aanbodpunten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="69" />
        <source>One or more point layers of care supply (e.g. the outputs of zoast:importfiness and zoast:importpoints, GP practices, hospitals), in any CRS.</source>
        <translation>Eén of meer puntlagen met zorgaanbod (bv. de uitvoer van zoast:importfiness en zoast:importpoints, huisartsenpraktijken, ziekenhuizen), in om het even welk CRS.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="76" />
        <source>Supply id field</source>
        <translation>Id-veld van het aanbod</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="76" />
        <source>Id field of the supply layers, used to name points in the unmatched output and in messages. A layer without it is named by its feature ids.</source>
        <translation>Id-veld van de aanbodlagen, gebruikt om punten te benoemen in de uitvoer met niet-toegewezen punten en in meldingen. De punten van een laag zonder dit veld worden benoemd met hun object-id's.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="82" />
        <source>Category field</source>
        <translation>Categorieveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="82" />
        <source>Field of the supply layers holding the ZOAST category (gp, hospital…). A layer without it, or a point with an empty category, is an error unless a default category is given.</source>
        <translation>Veld van de aanbodlagen met de ZOAST-categorie (gp, hospital…). Een laag zonder dit veld, of een punt met een lege categorie, geeft een fout, tenzij een standaardcategorie is opgegeven.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="88" />
        <source>Default category</source>
        <translation>Standaardcategorie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="88" />
        <source>Optional: category of the points of layers without the category field and of points with an empty category (e.g. gp for a layer of GP practices).</source>
        <translation>Optioneel: categorie van de punten van lagen zonder het categorieveld en van punten met een lege categorie (bv. gp voor een laag met huisartsenpraktijken).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="94" />
        <source>Capacity fields (comma-separated)</source>
        <translation>Capaciteitsvelden (kommagescheiden)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="94" />
        <source>Numeric fields summed per unit and category where a layer has them (full-time equivalents, beds…); a layer without one counts 0 for it. Empty values are an error.</source>
        <translation>Numerieke velden die per eenheid en categorie worden opgeteld wanneer een laag ze bevat (voltijdse equivalenten, bedden…); een laag zonder zo'n veld telt er 0 voor. Lege waarden geven een fout.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="101" />
        <source>Categories to write (comma-separated)</source>
        <translation>Te schrijven categorieën (kommagescheiden)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="101" />
        <source>Optional: the category columns to write, in this order, even when a category has no point, so that field names stay the same from run to run (e.g. gp,hospital,pharmacy). Empty: the categories present, sorted. A point of a category not listed is an error.</source>
        <translation>Optioneel: de categoriekolommen die geschreven worden, in deze volgorde, ook wanneer een categorie geen punt heeft, zodat de veldnamen van uitvoering tot uitvoering gelijk blijven (bv. gp,hospital,pharmacy). Leeg: de aanwezige categorieën, gesorteerd. Een punt van een categorie die niet in de lijst staat, geeft een fout.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="110" />
        <source>Territorial units (communes)</source>
        <translation>Territoriale eenheden (gemeenten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="110" />
        <source>Communes and municipalities on both sides of the border, as polygons, with their population.</source>
        <translation>Gemeenten aan beide zijden van de grens, als polygonen, met hun bevolking.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="116" />
        <source>Unit id field</source>
        <translation>Id-veld van de eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="116" />
        <source>Unique id of each unit, e.g. FR:59350 or BE:57081.</source>
        <translation>Uniek id van elke eenheid, bv. FR:59350 of BE:57081.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="118" />
        <source>Population field</source>
        <translation>Bevolkingsveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="118" />
        <source>Inhabitants of each unit, for the densities per 10,000 inhabitants.</source>
        <translation>Inwoners van elke eenheid, voor de dichtheden per 10.000 inwoners.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="121" />
        <source>Group field</source>
        <translation>Groeperingsveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="121" />
        <source>Optional: sum the inventory by this field of the units in the summary table, e.g. a health basin, a ZOAST code or the country.</source>
        <translation>Optioneel: de inventaris optellen volgens dit veld van de eenheden in de samenvattingstabel, bv. een zorgbekken, een ZOAST-code of het land.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="124" />
        <source>Tolerance (metres)</source>
        <translation>Tolerantie (meter)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="124" />
        <source>A point in no unit (on the coast, across a generalised border) is counted in the nearest unit within this distance; farther points are listed in the unmatched output. Default 500 m: geocoded addresses and generalised commune outlines disagree by up to a few hundred metres.</source>
        <translation>Een punt dat in geen enkele eenheid ligt (aan de kust, over een gegeneraliseerde grens), wordt geteld in de dichtstbijzijnde eenheid binnen deze afstand; punten die verder liggen, worden opgesomd in de uitvoer met niet-toegewezen punten. Standaard 500 m: gegeocodeerde adressen en gegeneraliseerde gemeentecontouren wijken tot enkele honderden meter van elkaar af.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="134" />
        <source>Supply inventory</source>
        <translation>Inventaris van het aanbod</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="134" />
        <source>The units with their fields and, per category c (and total): n_c (points), &lt;capacity&gt;_c (sum of each capacity field, e.g. fte_gp), d10k_c (points per 10,000 inhabitants) and d10k_&lt;capacity&gt;_c; densities are empty where the population is 0.</source>
        <translation>De eenheden met hun velden en, per categorie c (en totaal): n_c (punten), &lt;capacity&gt;_c (som van elk capaciteitsveld, bv. fte_gp), d10k_c (punten per 10.000 inwoners) en d10k_&lt;capacity&gt;_c; dichtheden zijn leeg waar de bevolking 0 is.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="142" />
        <source>Inventory summary</source>
        <translation>Samenvatting van de inventaris</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="142" />
        <source>One row per group (one row ALL without a group field): n_units, population and the same fields, densities computed from the group's population.</source>
        <translation>Eén rij per groep (één rij ALL zonder groeperingsveld): n_units, population en dezelfde velden, met dichtheden berekend uit de bevolking van de groep.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="149" />
        <source>Unmatched supply points</source>
        <translation>Niet-toegewezen aanbodpunten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="149" />
        <source>Points counted in no unit: layer, fid, supply_id, category, reason (outside: farther than the tolerance from every unit; no_geometry) and distance (metres to the nearest unit).</source>
        <translation>Punten die in geen enkele eenheid geteld zijn: layer, fid, supply_id, category, reason (outside: verder dan de tolerantie van elke eenheid; no_geometry) en distance (meter tot de dichtstbijzijnde eenheid).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="156" />
        <source>Supply points read</source>
        <translation>Gelezen aanbodpunten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="156" />
        <source>Points counted in a unit</source>
        <translation>Punten geteld in een eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="156" />
        <source>Points in no unit (listed)</source>
        <translation>Punten in geen enkele eenheid (opgesomd)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="156" />
        <source>Points counted in the nearest unit within the tolerance</source>
        <translation>Punten geteld in de dichtstbijzijnde eenheid binnen de tolerantie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="156" />
        <source>Units skipped (no geometry)</source>
        <translation>Overgeslagen eenheden (geen geometrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="173" />
        <source>Reading the supply layers…</source>
        <translation>Aanbodlagen inlezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="175" />
        <source>Reading the units…</source>
        <translation>Eenheden inlezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="179" />
        <source>Territorial units</source>
        <translation>Territoriale eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="185" />
        <source>Placing {count} point(s) in {units} unit(s)…</source>
        <translation>{count} punt(en) plaatsen in {units} eenheid/eenheden…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="237" />
        <source>Parameter SUPPLY: choose at least one point layer.</source>
        <translation>Parameter SUPPLY: kies minstens één puntlaag.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="249" />
        <source>Supply layer '{layer}' is not a point layer. Choose point layers only.</source>
        <translation>Aanbodlaag '{layer}' is geen puntlaag. Kies enkel puntlagen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="256" />
        <source>Supply layer '{layer}' has no field '{field}'. Choose the category field, or give a default category for the layers without one.</source>
        <translation>Aanbodlaag '{layer}' heeft geen veld '{field}'. Kies het categorieveld, of geef een standaardcategorie op voor de lagen zonder dit veld.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="288" />
        <source>Capacity field(s) {fields} in none of the supply layers: not written.</source>
        <translation>Capaciteitsveld(en) {fields} in geen enkele aanbodlaag: niet geschreven.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="317" />
        <source>{points} supply point(s) read: {within} inside a unit, {nearest} in the nearest unit within {tolerance} m, {unmatched} in no unit.</source>
        <translation>{points} aanbodpunt(en) gelezen: {within} binnen een eenheid, {nearest} in de dichtstbijzijnde eenheid binnen {tolerance} m, {unmatched} in geen enkele eenheid.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="322" />
        <source>Counted per category: {counts}.</source>
        <translation>Geteld per categorie: {counts}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="326" />
        <source>{count} point(s) in no unit, listed in the unmatched output, first: {ids}.</source>
        <translation>{count} punt(en) in geen enkele eenheid, opgesomd in de uitvoer met niet-toegewezen punten, eerste: {ids}.</translation>
    </message>
</context>
<context>
    <name>ZoastAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="232" />
        <source>Cancelled by the user.</source>
        <translation>Geannuleerd door de gebruiker.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="29" />
        <source>Accessibility</source>
        <translation>Toegankelijkheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="30" />
        <source>Needs and gaps</source>
        <translation>Behoeften en kloven</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="31" />
        <source>Care supply</source>
        <translation>Zorgaanbod</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="32" />
        <source>Health basins</source>
        <translation>Zorgbekkens</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="33" />
        <source>Patient flows and agreements</source>
        <translation>Patiëntenstromen en overeenkomsten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="34" />
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="35" />
        <source>Whole diagnosis</source>
        <translation>Volledige diagnose</translation>
    </message>
</context>
<context>
    <name>ZoastDock</name>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="58" />
        <source>ZOAST agreements</source>
        <translation>ZOAST-overeenkomsten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="174" />
        <source>Style result layers</source>
        <translation>Stijl toepassen op resultaatlagen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="176" />
        <source>Apply the ZOAST styles to the result layers of the project (gaps, accessibility, basins…).</source>
        <translation>De ZOAST-stijlen toepassen op de resultaatlagen van het project (kloven, toegankelijkheid, zorgbekkens…).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="538" />
        <source>{count} result layer(s) styled.</source>
        <translation>Stijl toegepast op {count} resultaatlaag/-lagen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="68" />
        <source>No agreements store open</source>
        <translation>Geen opslag van overeenkomsten geopend</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="69" />
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="71" />
        <source>Open a ZOAST agreements store (GeoPackage).</source>
        <translation>Een ZOAST-opslag van overeenkomsten (GeoPackage) openen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="73" />
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="75" />
        <source>Create a new agreements store, or add one to a GeoPackage.</source>
        <translation>Een nieuwe opslag van overeenkomsten aanmaken, of er een aan een GeoPackage toevoegen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="85" />
        <source>Filter agreements (code, name, status)…</source>
        <translation>Overeenkomsten filteren (code, naam, status)…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="89" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="89" />
        <source>Name (French)</source>
        <translation>Naam (Frans)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="89" />
        <source>Name (Dutch)</source>
        <translation>Naam (Nederlands)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="89" />
        <source>Units</source>
        <translation>Eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="132" />
        <source>Establishments</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="113" />
        <source>Add agreement</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="116" />
        <source>Remove agreement</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="118" />
        <source>Remove the agreement and its members (saved on Save).</source>
        <translation>De overeenkomst en haar leden verwijderen (doorgevoerd bij Opslaan).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="130" />
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="131" />
        <source>Member units</source>
        <translation>Aangesloten eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="142" />
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="146" />
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="152" />
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="154" />
        <source>Check the agreements and write them to the store, all or nothing.</source>
        <translation>De overeenkomsten controleren en naar de opslag schrijven, alles of niets.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="156" />
        <source>Revert</source>
        <translation>Terugdraaien</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="158" />
        <source>Forget the edits made since the last save.</source>
        <translation>De bewerkingen sinds het laatste opslaan verwerpen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="167" />
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="169" />
        <source>Build perimeters</source>
        <translation>Perimeters opbouwen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="171" />
        <source>Run 'ZOAST agreement perimeters' on the saved agreements and the units layer, and add the perimeters to the map.</source>
        <translation>'Perimeters van de ZOAST-overeenkomsten' uitvoeren op de opgeslagen overeenkomsten en de eenhedenlaag, en de perimeters aan de kaart toevoegen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="207" />
        <source>ZOAST</source>
        <translation>ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="212" />
        <source>Open an agreements store</source>
        <translation>Een opslag van overeenkomsten openen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="218" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="218" />
        <source>New agreements store</source>
        <translation>Nieuwe opslag van overeenkomsten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="228" />
        <source>Unsaved edits</source>
        <translation>Niet-opgeslagen bewerkingen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="228" />
        <source>The agreements have unsaved edits. Discard them?</source>
        <translation>De overeenkomsten hebben niet-opgeslagen bewerkingen. Deze verwerpen?</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="237" />
        <source>Upgrade the agreements store?</source>
        <translation>De opslag van overeenkomsten bijwerken?</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="249" />
        <source>Opened {path}: {count} agreement(s).</source>
        <translation>{path} geopend: {count} overeenkomst(en).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="262" />
        <source>Created the agreements store {path}.</source>
        <translation>Opslag van overeenkomsten {path} aangemaakt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="285" />
        <source>Open or create an agreements store first.</source>
        <translation>Open eerst een opslag van overeenkomsten of maak er een aan.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="297" />
        <source>Not saved: {count} problem(s) to fix first.</source>
        <translation>Niet opgeslagen: eerst {count} probleem/problemen oplossen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="304" />
        <source>Saved: {count} row(s) written.</source>
        <translation>Opgeslagen: {count} rij(en) geschreven.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="321" />
        <source>Add agreement {code}</source>
        <translation>Overeenkomst {code} toevoegen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="329" />
        <source>Remove agreement {code}</source>
        <translation>Overeenkomst {code} verwijderen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="334" />
        <source>Edit {field} of {code}</source>
        <translation>{field} van {code} bewerken</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="344" />
        <source>Choose an agreement first.</source>
        <translation>Kies eerst een overeenkomst.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="347" />
        <source>Choose the layer and its id field first.</source>
        <translation>Kies eerst de laag en haar id-veld.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="351" />
        <source>Select features on the map in layer '{layer}' first.</source>
        <translation>Selecteer eerst objecten op de kaart in laag '{layer}'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="354" />
        <source>Add {count} member(s) to {code}</source>
        <translation>{count} lid/leden toevoegen aan {code}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="357" />
        <source>{added} member(s) added to {code}; {already} already member(s).</source>
        <translation>{added} lid/leden toegevoegd aan {code}; {already} was/waren al lid.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="367" />
        <source>Remove {count} member(s) from {code}</source>
        <translation>{count} lid/leden verwijderen uit {code}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="370" />
        <source>{count} member(s) removed from {code}.</source>
        <translation>{count} lid/leden verwijderd uit {code}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="378" />
        <source>Choose an agreement and the layer first.</source>
        <translation>Kies eerst een overeenkomst en de laag.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="388" />
        <source>{count} member(s) of {code} selected in '{layer}'.</source>
        <translation>{count} lid/leden van {code} geselecteerd in '{layer}'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="506" />
        <source>Open a store and choose the units layer and its id field first.</source>
        <translation>Open een opslag en kies eerst de eenhedenlaag en haar id-veld.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="510" />
        <source>Save the agreements before building the perimeters.</source>
        <translation>Sla de overeenkomsten op voordat u de perimeters opbouwt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="533" />
        <source>{count} agreement perimeter(s) built.</source>
        <translation>{count} perimeter(s) van overeenkomsten opgebouwd.</translation>
    </message>
</context>
<context>
    <name>ZoastErrors</name>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="141" />
        <source>Field '{field}': {count} value(s) are not dates, for: {ids}. Use YYYY-MM-DD or leave empty.</source>
        <translation>Veld '{field}': {count} waarde(n) zijn geen datum, voor: {ids}. Gebruik JJJJ-MM-DD of laat leeg.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="201" />
        <source>Field '{field}': {count} agreement(s) have it before '{other}': {ids}. Dates must be in order: signed on ≤ in force from ≤ ends on.</source>
        <translation>Veld '{field}': {count} overeenkomst(en) hebben een datum vóór '{other}': {ids}. De datums moeten in volgorde staan: ondertekend op ≤ van kracht vanaf ≤ eindigt op.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="556" />
        <source>Field '{field}': {count} member code(s) match no agreement: {ids}. Create the agreement first or correct the code.</source>
        <translation>Veld '{field}': {count} ledencode(s) komen met geen enkele overeenkomst overeen: {ids}. Maak eerst de overeenkomst aan of verbeter de code.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="237" />
        <source>Field '{field}': {count} member(s) listed twice in one agreement (code/id): {ids}. Remove the duplicates.</source>
        <translation>Veld '{field}': {count} lid/leden tweemaal vermeld in één overeenkomst (code/id): {ids}. Verwijder de dubbels.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="254" />
        <source>Field '{field}': {count} member(s) with a country other than {sides}: {ids}. Correct the country.</source>
        <translation>Veld '{field}': {count} lid/leden met een ander land dan {sides}: {ids}. Verbeter het land.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="545" />
        <source>Field '{field}': {count} member id(s) not found in the layer: {ids}. Check the ids or choose the right layer.</source>
        <translation>Veld '{field}': {count} id('s) van leden niet gevonden in de laag: {ids}. Controleer de id's of kies de juiste laag.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="300" />
        <source>Field '{field}': {count} agreement(s) have member units on one side only (or none): {ids}. Add member units on both sides ({sides}).</source>
        <translation>Veld '{field}': {count} overeenkomst(en) hebben aangesloten eenheden aan slechts één kant (of geen): {ids}. Voeg aangesloten eenheden toe aan beide kanten ({sides}).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="384" />
        <source>Field '{field}': {count} agreement code(s) not found: {ids}. Choose an existing agreement.</source>
        <translation>Veld '{field}': {count} code(s) van overeenkomsten niet gevonden: {ids}. Kies een bestaande overeenkomst.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="479" />
        <source>Field '{field}': cannot merge agreement {ids} with itself. Choose two agreements.</source>
        <translation>Veld '{field}': kan overeenkomst {ids} niet met zichzelf samenvoegen. Kies twee overeenkomsten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="489" />
        <source>Field '{field}': the code {ids} is already used. Choose a new code.</source>
        <translation>Veld '{field}': de code {ids} is al in gebruik. Kies een nieuwe code.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="206" />
        <source>Parameter '{field}': {value} is not allowed. Give a number greater than 0.</source>
        <translation>Parameter '{field}': {value} is niet toegestaan. Geef een getal groter dan 0.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/costs.py" line="227" />
        <source>{what}: {count} point(s) without valid coordinates, at row(s) {ids}. Remove null or empty geometries first.</source>
        <translation>{what}: {count} punt(en) zonder geldige coördinaten, op rij(en) {ids}. Verwijder eerst NULL- of lege geometrieën.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/costs.py" line="260" />
        <source>Parameter '{field}': {value} is not allowed. Roads are never shorter than a straight line: give 1 or more.</source>
        <translation>Parameter '{field}': {value} is niet toegestaan. Wegen zijn nooit korter dan een rechte lijn: geef 1 of meer.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/costs.py" line="391" />
        <source>Field '{field}': {count} road line(s) with an empty, zero or negative speed, first: {ids}. Give every line a speed in km/h greater than 0.</source>
        <translation>Veld '{field}': {count} weglijn(en) met een lege, nul- of negatieve snelheid, eerste: {ids}. Geef elke lijn een snelheid in km/u groter dan 0.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/costs.py" line="397" />
        <source>Field '{field}': {count} road line(s) with an empty or negative time, first: {ids}. Give every line a time in minutes of 0 or more.</source>
        <translation>Veld '{field}': {count} weglijn(en) met een lege of negatieve tijd, eerste: {ids}. Geef elke lijn een tijd in minuten van 0 of meer.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/validation.py" line="24" />
        <source>Field '{field}': {count} empty id(s), at row(s) {ids}. Every row needs an id.</source>
        <translation>Veld '{field}': {count} lege id('s), op rij(en) {ids}. Elke rij heeft een id nodig.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/costs.py" line="776" />
        <source>Field '{field}': {count} id(s) of the cost table are not in the layers, first: {ids}. Use the same ids as the layers or filter the table.</source>
        <translation>Veld '{field}': {count} id('s) van de kostentabel komen niet voor in de lagen, eerste: {ids}. Gebruik dezelfde id's als de lagen of filter de tabel.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/costs.py" line="822" />
        <source>Fields '{field}': {count} origin → destination pair(s) appear more than once, first: {ids}. Keep one time per pair.</source>
        <translation>Velden '{field}': {count} paar/paren herkomst → bestemming komen meer dan eens voor, eerste: {ids}. Behoud één tijd per paar.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/adjacency.py" line="55" />
        <source>Adjacency tolerance must be a number of 0 or more, got {value}.</source>
        <translation>De aangrenzingstolerantie moet een getal van 0 of meer zijn; ontvangen: {value}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/adjacency.py" line="109" />
        <source>Field '{field}': {count} empty or invalid geometries, first ids: {ids}. Repair them (Fix geometries) before delineating basins.</source>
        <translation>Veld '{field}': {count} lege of ongeldige geometrieën, eerste id's: {ids}. Repareer ze (Geometrieën repareren) voordat u zorgbekkens afbakent.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="159" />
        <source>Threshold {field} = {value}: it must be a number above 0.</source>
        <translation>Drempel {field} = {value}: dit moet een getal groter dan 0 zijn.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="169" />
        <source>Thresholds out of order: {field} ({lower}) must be below {upper_field} ({upper}). Swap or fix them.</source>
        <translation>Drempels in de verkeerde volgorde: {field} ({lower}) moet lager zijn dan {upper_field} ({upper}). Wissel ze om of verbeter ze.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="232" />
        <source>Basins: {count} unit(s) without a basin id, at row(s) {ids}. Give every unit a basin.</source>
        <translation>Zorgbekkens: {count} eenheid/eenheden zonder id van zorgbekken, op rij(en) {ids}. Geef elke eenheid een zorgbekken.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="292" />
        <source>Field '{field}': {count} unit(s) with an unknown region, first ids: {ids}. Use FL, WAL or BXL.</source>
        <translation>Veld '{field}': {count} eenheid/eenheden met een onbekend gewest, eerste id's: {ids}. Gebruik FL, WAL of BXL.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="304" />
        <source>Field '{field}': {count} Belgian unit(s) whose region cannot be told from a 5-digit REFNIS code, first ids: {ids}. Fix the codes or give a region field.</source>
        <translation>Veld '{field}': {count} Belgische eenheid/eenheden waarvan het gewest niet kan worden afgeleid uit een 5-cijferige REFNIS-code, eerste id's: {ids}. Verbeter de codes of geef een gewestveld op.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="326" />
        <source>Field '{field}': {count} unit(s) neither FR nor BE, first ids: {ids}. Only French and Belgian units can be classified.</source>
        <translation>Veld '{field}': {count} eenheid/eenheden die FR noch BE zijn, eerste id's: {ids}. Enkel Franse en Belgische eenheden kunnen worden geclassificeerd.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="375" />
        <source>The Flanders rule needs each municipality's area (km²): {count} Flemish unit(s), first ids: {ids}. Choose an area field.</source>
        <translation>De Vlaamse regel vereist de oppervlakte (km²) van elke gemeente: {count} Vlaamse eenheid/eenheden, eerste id's: {ids}. Kies een oppervlakteveld.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="387" />
        <source>Field '{field}': {count} Flemish unit(s) with a zero, empty or negative area, first ids: {ids}. The density rule needs an area above 0 km².</source>
        <translation>Veld '{field}': {count} Vlaamse eenheid/eenheden met een oppervlakte die nul, leeg of negatief is, eerste id's: {ids}. De dichtheidsregel vereist een oppervlakte groter dan 0 km².</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="441" />
        <source>Brussels rule '{value}' unknown: use 'none' or 'wallonia'.</source>
        <translation>Brusselse regel '{value}' onbekend: gebruik 'none' of 'wallonia'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="473" />
        <source>Field '{field}': {count} French unit(s) without a basin, first ids: {ids}. The TVS rule needs every French unit in a basin.</source>
        <translation>Veld '{field}': {count} Franse eenheid/eenheden zonder zorgbekken, eerste id's: {ids}. De TVS-regel vereist dat elke Franse eenheid in een zorgbekken ligt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="45" />
        <source>Hospital (public, private or military; general, regional or cancer centre)</source>
        <translation>Ziekenhuis (openbaar, privé of militair; algemeen, regionaal of kankercentrum)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="49" />
        <source>Psychiatric hospital</source>
        <translation>Psychiatrisch ziekenhuis</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="50" />
        <source>Follow-up care and rehabilitation</source>
        <translation>Nazorg en revalidatie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="51" />
        <source>Hospital care at home</source>
        <translation>Thuishospitalisatie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="52" />
        <source>Dialysis unit</source>
        <translation>Dialyse-eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="53" />
        <source>Health centre (salaried practitioners)</source>
        <translation>Gezondheidscentrum (zorgverleners in loondienst)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="54" />
        <source>Multi-professional GP practice (maison de santé)</source>
        <translation>Multidisciplinaire huisartsenpraktijk (maison de santé)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="55" />
        <source>General practitioner</source>
        <translation>Huisarts</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="56" />
        <source>Pharmacy</source>
        <translation>Apotheek</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="57" />
        <source>Outpatient mental health centre</source>
        <translation>Ambulant centrum voor geestelijke gezondheidszorg</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="58" />
        <source>Nursing home for dependent elderly people</source>
        <translation>Woonzorgcentrum voor zorgbehoevende ouderen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="59" />
        <source>Other or unknown category</source>
        <translation>Andere of onbekende categorie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="116" />
        <source>Field '{field}': {count} categor(y/ies) are not lower-case words, first: {ids}. Use a letter then letters, digits or '_' (they become field names such as n_hospital).</source>
        <translation>Veld '{field}': {count} categorie(ën) zijn geen woorden in kleine letters, eerste: {ids}. Gebruik een letter gevolgd door letters, cijfers of '_' (ze worden veldnamen zoals n_hospital).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="146" />
        <source>Field '{field}': {count} empty code(s) in the mapping table, at row(s) {ids}. Fill or remove those rows.</source>
        <translation>Veld '{field}': {count} lege code(s) in de omzettingstabel, op rij(en) {ids}. Vul die rijen in of verwijder ze.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="159" />
        <source>Field '{field}': {count} code(s) mapped to two different categories, first: {ids}. Keep one category per code.</source>
        <translation>Veld '{field}': {count} code(s) gekoppeld aan twee verschillende categorieën, eerste: {ids}. Behoud één categorie per code.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="197" />
        <source>Categories: {count} codes but ids or labels of another length. Give one id and one label per code.</source>
        <translation>Categorieën: {count} codes maar id's of labels met een andere lengte. Geef één id en één label per code.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/flows.py" line="54" />
        <source>Field '{field}': {count} flow(s) with an empty id, at row(s) {ids}. Every flow needs one.</source>
        <translation>Veld '{field}': {count} stroom/stromen met een leeg id, op rij(en) {ids}. Elke stroom heeft er een nodig.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/flows.py" line="65" />
        <source>Field '{field}': {count} id(s) not found in the layer: {ids}. Check the field, the layer, or the ids' format (e.g. FR:59350).</source>
        <translation>Veld '{field}': {count} id('s) niet gevonden in de laag: {ids}. Controleer het veld, de laag of de notatie van de id's (bv. FR:59350).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/flows.py" line="143" />
        <source>Field '{field}': {count} empty country value(s), at row(s) {ids}. Fill the country.</source>
        <translation>Veld '{field}': {count} lege landwaarde(n), op rij(en) {ids}. Vul het land in.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/needs.py" line="75" />
        <source>Age-weight table, field '{field}': {count} unknown band(s): {ids}. Use the band names {expected}.</source>
        <translation>Tabel met leeftijdsgewichten, veld '{field}': {count} onbekende klasse(n): {ids}. Gebruik de klassenamen {expected}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/needs.py" line="87" />
        <source>Age-weight table, field '{field}': the weights do not cover {count} band(s): {ids}. Add a row for each band.</source>
        <translation>Tabel met leeftijdsgewichten, veld '{field}': de gewichten dekken {count} klasse(n) niet: {ids}. Voeg een rij toe voor elke klasse.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/needs.py" line="98" />
        <source>Age-weight table, field '{field}': every weight is 0. Give positive weights.</source>
        <translation>Tabel met leeftijdsgewichten, veld '{field}': elk gewicht is 0. Geef positieve gewichten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/needs.py" line="146" />
        <source>The age weights do not cover {count} band(s): {ids}. Give a weight for every band used.</source>
        <translation>De leeftijdsgewichten dekken {count} klasse(n) niet: {ids}. Geef een gewicht voor elke gebruikte klasse.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/needs.py" line="156" />
        <source>The age weights of {count} band(s) are negative or not numbers: {ids}.</source>
        <translation>De leeftijdsgewichten van {count} klasse(n) zijn negatief of geen getal: {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="127" />
        <source>Field '{field}': {count} flow id(s) are not units of the units layer, first: {ids}. Check the id field and the unit codes (e.g. FR:59350, BE:57081).</source>
        <translation>Veld '{field}': {count} id('s) van stromen zijn geen eenheden van de eenhedenlaag, eerste: {ids}. Controleer het id-veld en de codes van de eenheden (bv. FR:59350, BE:57081).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="160" />
        <source>Flows: {count} {field} position(s) outside the units, first flow rows: {ids}.</source>
        <translation>Stromen: {count} {field}-positie(s) buiten de eenheden, eerste stroomrijen: {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="189" />
        <source>Flows ({flows}) and adjacency ({adjacency}) must both be units × units.</source>
        <translation>Stromen ({flows}) en aangrenzing ({adjacency}) moeten allebei eenheden × eenheden zijn.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="197" />
        <source>Basins within each country need the units' country field.</source>
        <translation>Zorgbekkens per land vereisen het landveld van de eenheden.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="217" />
        <source>{count} unit(s) touch no other unit (islands), first: {ids}. They keep the basin their flows give, without contiguity.</source>
        <translation>{count} eenheid/eenheden raken geen enkele andere eenheid (eilanden), eerste: {ids}. Ze behouden het zorgbekken dat hun stromen aangeven, zonder aaneengeslotenheid.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="292" />
        <source>{count} unit(s) with no flows touch no basin, first: {ids}. They joined the basin of the nearest unit.</source>
        <translation>{count} eenheid/eenheden zonder stromen raken geen enkel zorgbekken, eerste: {ids}. Ze zijn toegevoegd aan het zorgbekken van de dichtstbijzijnde eenheid.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="306" />
        <source>{count} unit(s) with no flows touch no basin, first: {ids}. Each such block is a basin of its own, with no hub.</source>
        <translation>{count} eenheid/eenheden zonder stromen raken geen enkel zorgbekken, eerste: {ids}. Elk zo'n blok vormt een eigen zorgbekken, zonder kern.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="384" />
        <source>{count} unit(s) are cut off from their basin's hub and touch no other basin (e.g. islands), first: {ids}. They stay in the basin their flows give.</source>
        <translation>{count} eenheid/eenheden zijn afgesneden van de kern van hun zorgbekken en raken geen ander zorgbekken (bv. eilanden), eerste: {ids}. Ze blijven in het zorgbekken dat hun stromen aangeven.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="513" />
        <source>{count} basin(s) stay under the minimum LI or population: they touch no basin to merge into. First hubs: {ids}.</source>
        <translation>{count} zorgbekken(s) blijven onder de minimale LI of bevolking: ze raken geen zorgbekken om mee samen te voegen. Eerste kernen: {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/proximity.py" line="61" />
        <source>Field '{field}': {count} negative cost(s), first pairs: {ids}.</source>
        <translation>Veld '{field}': {count} negatieve kost(en), eerste paren: {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/proximity.py" line="69" />
        <source>Basins within each country need the units' and hubs' country.</source>
        <translation>Zorgbekkens per land vereisen het land van de eenheden en van de kernen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/proximity.py" line="84" />
        <source>Unknown proximity method '{method}'.</source>
        <translation>Onbekende nabijheidsmethode '{method}'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/proximity.py" line="92" />
        <source>{count} unit(s) reach no hub, first: {ids}. They are left out of every basin.</source>
        <translation>{count} eenheid/eenheden bereiken geen enkele kern, eerste: {ids}. Ze vallen buiten elk zorgbekken.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/proximity.py" line="109" />
        <source>Field '{field}': {count} hub(s) with a missing or negative supply, first: {ids}.</source>
        <translation>Veld '{field}': {count} kern(en) met een ontbrekend of negatief aanbod, eerste: {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/proximity.py" line="124" />
        <source>Unknown distance decay '{decay}'.</source>
        <translation>Onbekend afstandsverval '{decay}'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/proximity.py" line="137" />
        <source>Costs: {count} {field} position(s) out of range, first pairs: {ids}.</source>
        <translation>Kosten: {count} {field}-positie(s) buiten bereik, eerste paren: {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/candidates.py" line="44" />
        <source>Field '{field}': no values in the flows table. Choose a field holding this volume.</source>
        <translation>Veld '{field}': geen waarden in de stromentabel. Kies een veld dat dit volume bevat.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="129" />
        <source>Supply points: {count} point(s) with no or non-numeric coordinates, first: {ids}. Fix or filter them (they would be counted nowhere).</source>
        <translation>Aanbodpunten: {count} punt(en) zonder of met niet-numerieke coördinaten, eerste: {ids}. Verbeter of filter ze (anders zouden ze nergens worden meegeteld).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="138" />
        <source>Tolerance: {value} is not a distance. Give 0 or more metres.</source>
        <translation>Tolerantie: {value} is geen afstand. Geef 0 of meer meter.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="218" />
        <source>Units: {count} geometr(y/ies) are not polygons, first units: {ids}. Use a polygon layer of territorial units.</source>
        <translation>Eenheden: {count} geometrie(ën) zijn geen polygonen, eerste eenheden: {ids}. Gebruik een polygonenlaag met territoriale eenheden.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="227" />
        <source>Units: none of the {units} unit(s) has a polygon. Use a polygon layer with geometries.</source>
        <translation>Eenheden: geen enkele van de {units} eenheid/eenheden heeft een polygoon. Gebruik een polygonenlaag met geometrieën.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="520" />
        <source>Field '{field}': unit indices must be whole numbers. Use the assignment result.</source>
        <translation>Veld '{field}': indexen van eenheden moeten gehele getallen zijn. Gebruik het resultaat van de toewijzing.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="530" />
        <source>Field '{field}': {count} point(s) refer to no unit, first: {ids}. Use -1 for unassigned points.</source>
        <translation>Veld '{field}': {count} punt(en) verwijzen naar geen enkele eenheid, eerste: {ids}. Gebruik -1 voor niet-toegewezen punten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="544" />
        <source>Field '{field}': {count} point(s) with no category, first: {ids}. Map every point to a category (unknown ones to 'other').</source>
        <translation>Veld '{field}': {count} punt(en) zonder categorie, eerste: {ids}. Wijs elk punt toe aan een categorie (onbekende aan 'other').</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="561" />
        <source>Field '{field}': {count} point(s) of a category not in the list, first: {ids}. Add their categories to the list.</source>
        <translation>Veld '{field}': {count} punt(en) van een categorie die niet in de lijst staat, eerste: {ids}. Voeg hun categorieën toe aan de lijst.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="571" />
        <source>Field '{field}': '{name}' is reserved for the all-categories columns. Rename that category.</source>
        <translation>Veld '{field}': '{name}' is voorbehouden voor de kolommen over alle categorieën. Geef die categorie een andere naam.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="670" />
        <source>Inventory: {count} field name(s) produced twice, first: {ids}. Rename the category or capacity field that collides.</source>
        <translation>Inventaris: {count} veldnaam/-namen tweemaal aangemaakt, eerste: {ids}. Hernoem de categorie of het capaciteitsveld dat botst.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="681" />
        <source>Field '{field}': {got} value(s) for {expected} row(s). Give one value per row.</source>
        <translation>Veld '{field}': {got} waarde(n) voor {expected} rij(en). Geef één waarde per rij.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="108" />
        <source>Parameter '{field}' is empty. Write steps as minutes:weight, e.g. 10:1;20:0.68;30:0.22.</source>
        <translation>Parameter '{field}' is leeg. Schrijf de stappen als minuten:gewicht, bv. 10:1;20:0.68;30:0.22.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="123" />
        <source>Parameter '{field}': step '{piece}' is not minutes:weight. Write steps as minutes:weight separated by ';', e.g. 10:1;20:0.68;30:0.22.</source>
        <translation>Parameter '{field}': stap '{piece}' heeft niet de vorm minuten:gewicht. Schrijf de stappen als minuten:gewicht gescheiden door ';', bv. 10:1;20:0.68;30:0.22.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="134" />
        <source>Parameter '{field}': step '{piece}' has minutes of 0 or less. Give minutes greater than 0.</source>
        <translation>Parameter '{field}': stap '{piece}' heeft 0 of minder minuten. Geef minuten groter dan 0.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="145" />
        <source>Parameter '{field}': step '{piece}' has a weight outside 0–1. Give weights between 0 and 1.</source>
        <translation>Parameter '{field}': stap '{piece}' heeft een gewicht buiten 0–1. Geef gewichten tussen 0 en 1.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="156" />
        <source>Parameter '{field}': step '{piece}' does not come after {previous} minutes. List the steps by increasing minutes.</source>
        <translation>Parameter '{field}': stap '{piece}' komt niet na {previous} minuten. Rangschik de stappen volgens stijgende minuten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="168" />
        <source>Parameter '{field}': step '{piece}' weighs more than the step before. Weights must not increase with travel time.</source>
        <translation>Parameter '{field}': stap '{piece}' weegt meer dan de vorige stap. Gewichten mogen niet toenemen met de reistijd.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="250" />
        <source>Parameter '{field}': {value} is not a method. Use 0 (2SFCA), 1 (E2SFCA) or 2 (Gaussian).</source>
        <translation>Parameter '{field}': {value} is geen methode. Gebruik 0 (2SFCA), 1 (E2SFCA) of 2 (Gaussisch).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="421" />
        <source>Field '{field}': {count} empty country code(s), first ids: {ids}. Give every row its country (FR, BE…).</source>
        <translation>Veld '{field}': {count} lege landcode(s), eerste id's: {ids}. Geef elke rij haar land (FR, BE…).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="484" />
        <source>Parameter '{field}': {value} is not a border mode. Use 0 (national), 1 (inside a ZOAST) or 2 (open border).</source>
        <translation>Parameter '{field}': {value} is geen grensmodus. Gebruik 0 (nationaal), 1 (binnen een ZOAST) of 2 (open grens).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="504" />
        <source>Parameter '{field}': border mode 1 (inside a ZOAST) needs the agreement members table. Give it, or choose another border mode.</source>
        <translation>Parameter '{field}': grensmodus 1 (binnen een ZOAST) vereist de ledentabel van de overeenkomsten. Geef deze op, of kies een andere grensmodus.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="141" />
        <source>bytes that are not valid in the chosen encoding (replaced)</source>
        <translation>bytes die niet geldig zijn in de gekozen codering (vervangen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="142" />
        <source>line is valid UTF-8 read as latin-1: the file is probably UTF-8, choose that encoding</source>
        <translation>regel is geldige UTF-8 gelezen als latin-1: het bestand is waarschijnlijk UTF-8, kies die codering</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="146" />
        <source>fewer fields than the record type has (record skipped)</source>
        <translation>minder velden dan het recordtype heeft (record overgeslagen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="147" />
        <source>more fields than the record type has (record skipped)</source>
        <translation>meer velden dan het recordtype heeft (record overgeslagen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="148" />
        <source>unknown record type (line skipped)</source>
        <translation>onbekend recordtype (regel overgeslagen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="149" />
        <source>nofinesset is not a 9-character FINESS number (record skipped)</source>
        <translation>nofinesset is geen FINESS-nummer van 9 tekens (record overgeslagen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="150" />
        <source>nofinesset already read on an earlier line (record skipped)</source>
        <translation>nofinesset al gelezen op een eerdere regel (record overgeslagen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="151" />
        <source>second geolocation of the same nofinesset (the first one is used)</source>
        <translation>tweede geolocatie van hetzelfde nofinesset (de eerste wordt gebruikt)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="155" />
        <source>geolocation of a nofinesset with no structureet record</source>
        <translation>geolocatie van een nofinesset zonder structureet-record</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="156" />
        <source>establishment with no coordinates (no point)</source>
        <translation>instelling zonder coördinaten (geen punt)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="157" />
        <source>coordinates that are not numbers (no point)</source>
        <translation>coördinaten die geen getallen zijn (geen punt)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="158" />
        <source>coordinate system not recognised in sourcecoordet (coordinates kept, no point)</source>
        <translation>coördinatensysteem niet herkend in sourcecoordet (coördinaten behouden, geen punt)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="162" />
        <source>commune/departement do not make an INSEE code (commune left empty)</source>
        <translation>commune/departement vormen geen INSEE-code (gemeente leeg gelaten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="296" />
        <source>FINESS file: no 'structureet' record in {lines} line(s). Choose the geolocated FINESS extract (';'-separated).</source>
        <translation>FINESS-bestand: geen 'structureet'-record in {lines} regel(s). Kies het gegeolokaliseerde FINESS-extract (gescheiden door ';').</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="317" />
        <source>FINESS file: '{path}' not found. Choose an existing file.</source>
        <translation>FINESS-bestand: '{path}' niet gevonden. Kies een bestaand bestand.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/validation.py" line="13" />
        <source>{what}: field(s) {fields} not found. Choose existing fields.</source>
        <translation>{what}: veld(en) {fields} niet gevonden. Kies bestaande velden.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/validation.py" line="34" />
        <source>Field '{field}': {count} rows share an id with another row, first: {ids}. Ids must be unique.</source>
        <translation>Veld '{field}': {count} rijen delen een id met een andere rij, eerste: {ids}. Id's moeten uniek zijn.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/validation.py" line="49" />
        <source>Field '{field}': {count} empty or non-numeric value(s), first ids: {ids}. Fill them or filter those rows.</source>
        <translation>Veld '{field}': {count} lege of niet-numerieke waarde(n), eerste id's: {ids}. Vul ze in of filter die rijen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/validation.py" line="60" />
        <source>Field '{field}': {count} negative value(s), first ids: {ids}. Values must be 0 or more.</source>
        <translation>Veld '{field}': {count} negatieve waarde(n), eerste id's: {ids}. Waarden moeten 0 of meer zijn.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/perimeters.py" line="72" />
        <source>Field '{field}': {count} member unit(s) not found in the units layer: {ids}. Check the ids or choose the right layer.</source>
        <translation>Veld '{field}': {count} aangesloten eenheid/eenheden niet gevonden in de eenhedenlaag: {ids}. Controleer de id's of kies de juiste laag.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/perimeters.py" line="84" />
        <source>Field '{field}': {count} member unit(s) without a geometry: {ids}. Fix the units layer.</source>
        <translation>Veld '{field}': {count} aangesloten eenheid/eenheden zonder geometrie: {ids}. Verbeter de eenhedenlaag.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/report_figures.py" line="86" />
        <source>Field '{field}': {count} value(s) that are not a severity (2, 1, 0 or -1), first ids: {ids}. Use the output of zoast:gaps.</source>
        <translation>Veld '{field}': {count} waarde(n) die geen ernstwaarde zijn (2, 1, 0 of -1), eerste id's: {ids}. Gebruik de uitvoer van zoast:gaps.</translation>
    </message>
</context>
<context>
    <name>ZoastGapClasses</name>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="76" />
        <source>Priority intervention zone (ZIP)</source>
        <translation>Prioritaire interventiezone (ZIP)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="77" />
        <source>Complementary action zone (ZAC)</source>
        <translation>Aanvullende actiezone (ZAC)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="78" />
        <source>Outside the GP zoning (France)</source>
        <translation>Buiten de huisartsenzonering (Frankrijk)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="79" />
        <source>Severe GP shortage (Wallonia)</source>
        <translation>Ernstig tekort aan huisartsen (Wallonië)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="80" />
        <source>GP shortage (Wallonia)</source>
        <translation>Tekort aan huisartsen (Wallonië)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="81" />
        <source>No GP shortage (Wallonia)</source>
        <translation>Geen tekort aan huisartsen (Wallonië)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="82" />
        <source>Priority zone (Flanders)</source>
        <translation>Prioritaire zone (knelpuntzone, Vlaanderen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="83" />
        <source>Not a priority zone (Flanders)</source>
        <translation>Geen prioritaire zone (Vlaanderen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="84" />
        <source>Brussels: no rule applied</source>
        <translation>Brussel: geen regel toegepast</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="88" />
        <source>France: APL GP zoning (2017 rules)</source>
        <translation>Frankrijk: APL-huisartsenzonering (regels van 2017)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="89" />
        <source>Wallonia: AViQ Impulseo GP shortage</source>
        <translation>Wallonië: huisartsentekort volgens AViQ Impulseo</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="90" />
        <source>Flanders: Zorg en Gezondheid priority zones</source>
        <translation>Vlaanderen: prioritaire zones van Zorg en Gezondheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="91" />
        <source>No rule</source>
        <translation>Geen regel</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="104" />
        <source>Severe shortage</source>
        <translation>Ernstig tekort</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="105" />
        <source>Shortage</source>
        <translation>Tekort</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="106" />
        <source>No shortage</source>
        <translation>Geen tekort</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="107" />
        <source>Not judged</source>
        <translation>Niet beoordeeld</translation>
    </message>
</context>
<context>
    <name>ZoastPlugin</name>
    <message>
        <location filename="../zoast_plugin/plugin.py" line="45" />
        <source>ZOAST agreements</source>
        <translation>ZOAST-overeenkomsten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/plugin.py" line="54" />
        <source>&amp;ZOAST</source>
        <translation>&amp;ZOAST</translation>
    </message>
</context>
<context>
    <name>ZoastProvider</name>
    <message>
        <location filename="../zoast_plugin/processing/provider.py" line="48" />
        <source>ZOAST cross-border health</source>
        <translation>ZOAST grensoverschrijdende zorg</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/provider.py" line="51" />
        <source>ZOAST cross-border health access (France–Belgium)</source>
        <translation>ZOAST grensoverschrijdende toegang tot zorg (Frankrijk–België)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/provider.py" line="62" />
        <source>The Python package '{name}' (version {wanted} or newer, for {why}) is missing or too old (found: {found}). ZOAST algorithms are not available until it is installed.</source>
        <translation>Het Python-pakket '{name}' (versie {wanted} of nieuwer, voor {why}) ontbreekt of is te oud (gevonden: {found}). De ZOAST-algoritmen zijn pas beschikbaar nadat het geïnstalleerd is.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/provider.py" line="71" />
        <source>Optional Python package '{name}' is missing: {why} are not available.</source>
        <translation>Optioneel Python-pakket '{name}' ontbreekt: {why} zijn niet beschikbaar.</translation>
    </message>
</context>
<context>
    <name>alg</name>
    <message>
        <location filename="../zoast_plugin/processing/parameters.py" line="52" />
        <source>Analysis CRS (projected, metres)</source>
        <translation>Analyse-CRS (geprojecteerd, meter)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/parameters.py" line="52" />
        <source>Distances are measured in this projected CRS. ETRS89-LAEA (EPSG:3035) suits both France and Belgium.</source>
        <translation>Afstanden worden gemeten in dit geprojecteerde CRS. ETRS89-LAEA (EPSG:3035) is geschikt voor zowel Frankrijk als België.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/parameters.py" line="66" />
        <source>The analysis CRS {crs} is geographic (degrees). Choose a projected CRS such as EPSG:3035.</source>
        <translation>Het analyse-CRS {crs} is geografisch (graden). Kies een geprojecteerd CRS zoals EPSG:3035.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="31" />
        <source>Catchment cut-off (minutes)</source>
        <translation>Drempel verzorgingsgebied (minuten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="31" />
        <source>Pairs farther than this travel time are outside the catchment.</source>
        <translation>Paren met een langere reistijd dan deze drempel vallen buiten het verzorgingsgebied.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="37" />
        <source>Straight-line speed (km/h)</source>
        <translation>Snelheid in vogelvlucht (km/u)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="37" />
        <source>Without a cost table or road network, minutes = straight distance × detour factor / this speed.</source>
        <translation>Zonder kostentabel of wegennet: minuten = afstand in vogelvlucht × omwegfactor / deze snelheid.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="43" />
        <source>Detour factor</source>
        <translation>Omwegfactor</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="43" />
        <source>Ratio of road distance to straight distance (1.3 is typical of rural Europe).</source>
        <translation>Verhouding van de afstand over de weg tot de afstand in vogelvlucht (1,3 is typisch voor landelijk Europa).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="48" />
        <source>A table of origin id, destination id and minutes, e.g. from a routing engine. Used instead of roads or straight lines when given.</source>
        <translation>Een tabel met herkomst-id, bestemmings-id en minuten, bv. uit een routeplanner. Wordt, indien opgegeven, gebruikt in plaats van wegen of rechte lijnen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="55" />
        <source>Cost table: origin (unit) id field</source>
        <translation>Kostentabel: id-veld van de herkomst (eenheid)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="55" />
        <source>Field of the cost table holding the unit id.</source>
        <translation>Veld van de kostentabel met het id van de eenheid.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="57" />
        <source>Cost table: destination (supply) id field</source>
        <translation>Kostentabel: id-veld van de bestemming (aanbod)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="57" />
        <source>Field of the cost table holding the supply id.</source>
        <translation>Veld van de kostentabel met het id van het aanbod.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="59" />
        <source>Cost table: minutes field</source>
        <translation>Kostentabel: minutenveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="59" />
        <source>Field of the cost table holding the travel time in minutes.</source>
        <translation>Veld van de kostentabel met de reistijd in minuten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="62" />
        <source>Road lines; travel times follow the network (bounded Dijkstra). Lines that share an end point are connected.</source>
        <translation>Weglijnen; reistijden volgen het netwerk (begrensde Dijkstra). Lijnen die een eindpunt delen, zijn verbonden.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="69" />
        <source>Road speed field (km/h)</source>
        <translation>Snelheidsveld van de wegen (km/u)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="69" />
        <source>Speed of each road line in km/h. Without it, the straight-line speed is used on every road.</source>
        <translation>Snelheid van elke weglijn in km/u. Zonder dit veld wordt op elke weg de snelheid in vogelvlucht gebruikt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="72" />
        <source>Speed to reach the road network (km/h)</source>
        <translation>Snelheid om het wegennet te bereiken (km/u)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="72" />
        <source>Speed of the leg between a point and its nearest road node.</source>
        <translation>Snelheid op het traject tussen een punt en het dichtstbijzijnde knooppunt van het wegennet.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="113" />
        <source>Travel cost table</source>
        <translation>Reiskostentabel</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="114" />
        <source>Travel costs from the table: {count} rows.</source>
        <translation>Reiskosten uit de tabel: {count} rijen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="149" />
        <source>Road network</source>
        <translation>Wegennet</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="169" />
        <source>Road network: {nodes} nodes, {edges} edges.</source>
        <translation>Wegennet: {nodes} knooppunten, {edges} verbindingen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="100" />
        <source>Territorial units (communes)</source>
        <translation>Territoriale eenheden (gemeenten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="27" />
        <source>Communes or other units, as points or polygons (polygons use their point on surface).</source>
        <translation>Gemeenten of andere eenheden, als punten of polygonen (polygonen gebruiken hun punt op oppervlak).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="106" />
        <source>Unit id field</source>
        <translation>Id-veld van de eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="106" />
        <source>Unique id of each unit, e.g. FR:59350 or BE:57081.</source>
        <translation>Uniek id van elke eenheid, bv. FR:59350 of BE:57081.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="34" />
        <source>Supply points</source>
        <translation>Aanbodpunten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="34" />
        <source>GP practices, hospitals or other care supply, as points.</source>
        <translation>Huisartsenpraktijken, ziekenhuizen of ander zorgaanbod, als punten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="40" />
        <source>Supply id field</source>
        <translation>Id-veld van het aanbod</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="40" />
        <source>Unique id of each supply point.</source>
        <translation>Uniek id van elk aanbodpunt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/parameters.py" line="45" />
        <source>Parameter '{label}' ({name}): choose a field.</source>
        <translation>Parameter '{label}' ({name}): kies een veld.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="172" />
        <source>{count} road line(s) gave no edge (too short or empty), first ids: {ids}.</source>
        <translation>{count} weglijn(en) leverden geen verbinding op (te kort of leeg), eerste id's: {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="169" />
        <source>ZOAST agreements</source>
        <translation>ZOAST-overeenkomsten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="60" />
        <source>Optional: the agreements table (zoast_agreements of an agreements store), one row per agreement. Its attributes are copied to the output; its in_force_from and ends_on dates are used with the date parameter. Without it, the agreements are the codes found in the members.</source>
        <translation>Optioneel: de tabel met overeenkomsten (zoast_agreements van een opslag van overeenkomsten), één rij per overeenkomst. De attributen worden naar de uitvoer gekopieerd; de datums in_force_from en ends_on worden gebruikt met de datumparameter. Zonder deze tabel zijn de overeenkomsten de codes die in de leden voorkomen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="67" />
        <source>Agreements: code field</source>
        <translation>Overeenkomsten: codeveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="67" />
        <source>Unique code of each agreement.</source>
        <translation>Unieke code van elke overeenkomst.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="185" />
        <source>ZOAST agreement members</source>
        <translation>Leden van de ZOAST-overeenkomst</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="74" />
        <source>Table of agreement code and member unit id, one row per membership (zoast_members of an agreements store). The country of each member is read from the units layer.</source>
        <translation>Tabel met de code van de overeenkomst en het id van de aangesloten eenheid, één rij per lidmaatschap (zoast_members van een opslag van overeenkomsten). Het land van elk lid wordt uit de eenhedenlaag gelezen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="81" />
        <source>Members: agreement code field</source>
        <translation>Leden: veld met de code van de overeenkomst</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="81" />
        <source>Agreement code in the members table.</source>
        <translation>Code van de overeenkomst in de ledentabel.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="83" />
        <source>Members: unit id field</source>
        <translation>Leden: veld met het id van de eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="83" />
        <source>Member unit id in the members table (same ids as the units layer).</source>
        <translation>Id van de aangesloten eenheid in de ledentabel (dezelfde id's als in de eenhedenlaag).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="86" />
        <source>Members: member since field</source>
        <translation>Leden: veld lid sinds</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="86" />
        <source>Date the unit joined the agreement; read only when a date is given. Empty dates mean 'from the start'.</source>
        <translation>Datum waarop de eenheid tot de overeenkomst is toegetreden; enkel gelezen wanneer een datum is opgegeven. Lege datums betekenen 'vanaf het begin'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="197" />
        <source>ZOAST member establishments</source>
        <translation>Aangesloten ZOAST-instellingen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="90" />
        <source>Optional: table of agreement code and member establishment id (zoast_establishments of an agreements store).</source>
        <translation>Optioneel: tabel met de code van de overeenkomst en het id van de aangesloten instelling (zoast_establishments van een opslag van overeenkomsten).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="97" />
        <source>Establishments: agreement code field</source>
        <translation>Instellingen: veld met de code van de overeenkomst</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="97" />
        <source>Agreement code in the member establishments table.</source>
        <translation>Code van de overeenkomst in de tabel met aangesloten instellingen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="100" />
        <source>Establishments: establishment id field</source>
        <translation>Instellingen: id-veld van de instelling</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="100" />
        <source>Member establishment id (the supply_id of the hospitals or facilities).</source>
        <translation>Id van de aangesloten instelling (de supply_id van de ziekenhuizen of voorzieningen).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="105" />
        <source>Establishments: country field</source>
        <translation>Instellingen: landveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="105" />
        <source>FR or BE for each member establishment.</source>
        <translation>FR of BE voor elke aangesloten instelling.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="108" />
        <source>Establishments: member since field</source>
        <translation>Instellingen: veld lid sinds</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="108" />
        <source>Date the establishment joined the agreement; read only when a date is given.</source>
        <translation>Datum waarop de instelling tot de overeenkomst is toegetreden; enkel gelezen wanneer een datum is opgegeven.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="112" />
        <source>Members covered at date (YYYY-MM-DD)</source>
        <translation>Leden van kracht op datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="112" />
        <source>Optional: keep only the memberships in force at this date (member since on or before it; with an agreements table, the agreement in force on that day too). Empty: every membership.</source>
        <translation>Optioneel: enkel de lidmaatschappen behouden die op deze datum van kracht zijn (lid sinds op of vóór deze datum; met een tabel met overeenkomsten moet ook de overeenkomst die dag van kracht zijn). Leeg: elk lidmaatschap.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="132" />
        <source>Parameter AT_DATE: '{value}' is not a date. Write it as YYYY-MM-DD, e.g. 2023-01-01, or leave it empty.</source>
        <translation>Parameter AT_DATE: '{value}' is geen datum. Schrijf de datum als JJJJ-MM-DD, bv. 2023-01-01, of laat leeg.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="153" />
        <source>Layer '{layer}' has no field '{field}': read as empty.</source>
        <translation>Laag '{layer}' heeft geen veld '{field}': gelezen als leeg.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="220" />
        <source>{count} membership(s) not in force on {date} left out (member since later, or agreement not in force).</source>
        <translation>{count} lidmaatschap(pen) die op {date} niet van kracht zijn, weggelaten (lid sinds later, of overeenkomst niet van kracht).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="223" />
        <source>{units} member unit(s) and {establishments} member establishment(s) used.</source>
        <translation>{units} aangesloten eenheid/eenheden en {establishments} aangesloten instelling(en) gebruikt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="163" />
        <source>Patient flows</source>
        <translation>Patiëntenstromen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="78" />
        <source>One row per origin unit, destination and care type, with the number of patients, of stays and the amount paid (e.g. the insurers' cross-border care tables).</source>
        <translation>Eén rij per herkomsteenheid, bestemming en zorgtype, met het aantal patiënten, het aantal verblijven en het betaalde bedrag (bv. de tabellen over grensoverschrijdende zorg van de verzekeraars).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="84" />
        <source>Flows: origin unit id field</source>
        <translation>Stromen: id-veld van de herkomsteenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="84" />
        <source>Unit where the patients live (ids of the units layer).</source>
        <translation>Eenheid waar de patiënten wonen (id's van de eenhedenlaag).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="86" />
        <source>Flows: destination id field</source>
        <translation>Stromen: id-veld van de bestemming</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="86" />
        <source>Facility where they are treated (ids of the facilities layer), or a unit id when no facilities layer is given.</source>
        <translation>Voorziening waar ze behandeld worden (id's van de voorzieningenlaag), of een id van een eenheid wanneer geen voorzieningenlaag is opgegeven.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="89" />
        <source>Flows: care type field</source>
        <translation>Stromen: veld zorgtype</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="89" />
        <source>Optional: nature of the care (hospital stay, day case, ambulatory…). Empty values are counted as 'unspecified'.</source>
        <translation>Optioneel: aard van de zorg (ziekenhuisopname, daghospitalisatie, ambulant…). Lege waarden worden geteld als 'unspecified'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="92" />
        <source>Flows: patients field</source>
        <translation>Stromen: veld patiënten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="92" />
        <source>Number of patients of each flow.</source>
        <translation>Aantal patiënten van elke stroom.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="94" />
        <source>Flows: stays field</source>
        <translation>Stromen: veld verblijven</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="94" />
        <source>Optional: number of stays or contacts. Leave empty when the table has none.</source>
        <translation>Optioneel: aantal verblijven of contacten. Leeg laten wanneer de tabel er geen bevat.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="97" />
        <source>Flows: amount field (euros)</source>
        <translation>Stromen: veld bedrag (euro)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="97" />
        <source>Optional: amount paid in euros. Leave empty when the table has none.</source>
        <translation>Optioneel: betaald bedrag in euro. Leeg laten wanneer de tabel er geen bevat.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="100" />
        <source>Communes and municipalities on both sides of the border (polygons use their point on surface).</source>
        <translation>Gemeenten aan beide zijden van de grens (polygonen gebruiken hun punt op oppervlak).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="108" />
        <source>Unit country field</source>
        <translation>Landveld van de eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="108" />
        <source>FR or BE: gives each flow its direction.</source>
        <translation>FR of BE: geeft elke stroom zijn richting.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="110" />
        <source>Facilities (destinations)</source>
        <translation>Voorzieningen (bestemmingen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="110" />
        <source>Optional: hospitals or other facilities the flows go to, as points. Without it, the destination of each flow is a unit id.</source>
        <translation>Optioneel: ziekenhuizen of andere voorzieningen waar de stromen naartoe gaan, als punten. Zonder deze laag is de bestemming van elke stroom een id van een eenheid.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="117" />
        <source>Facility id field</source>
        <translation>Id-veld van de voorziening</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="117" />
        <source>Unique id of each facility.</source>
        <translation>Uniek id van elke voorziening.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="119" />
        <source>Facility country field</source>
        <translation>Landveld van de voorziening</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="119" />
        <source>FR or BE for each facility.</source>
        <translation>FR of BE voor elke voorziening.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="121" />
        <source>Care types (comma-separated)</source>
        <translation>Zorgtypes (kommagescheiden)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="121" />
        <source>Optional: keep only these care types, e.g. hospital_stay,day_case. Empty: every care type.</source>
        <translation>Optioneel: enkel deze zorgtypes behouden, bv. hospital_stay,day_case. Leeg: elk zorgtype.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="146" />
        <source>Reading the layers…</source>
        <translation>Lagen inlezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="147" />
        <source>Territorial units</source>
        <translation>Territoriale eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="157" />
        <source>Facilities</source>
        <translation>Voorzieningen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="184" />
        <source>Parameter CARE_TYPES: none of {wanted} is a care type of the flows (field '{field}'). Care types present: {present}.</source>
        <translation>Parameter CARE_TYPES: geen van {wanted} is een zorgtype van de stromen (veld '{field}'). Aanwezige zorgtypes: {present}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="190" />
        <source>Care type(s) not in the flows, ignored: {types}.</source>
        <translation>Zorgtype(s) niet aanwezig in de stromen, genegeerd: {types}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="195" />
        <source>{count} flow(s) of other care types left out.</source>
        <translation>{count} stroom/stromen van andere zorgtypes weggelaten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="81" />
        <source>Category mapping table</source>
        <translation>Omzettingstabel voor categorieën</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="64" />
        <source>Mapping table: code field</source>
        <translation>Omzettingstabel: codeveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="64" />
        <source>Field of the mapping table holding the source code (e.g. the FINESS categetab).</source>
        <translation>Veld van de omzettingstabel met de broncode (bv. de FINESS-categetab).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="67" />
        <source>Mapping table: category field</source>
        <translation>Omzettingstabel: categorieveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="67" />
        <source>Field of the mapping table holding the ZOAST category (a lower-case word such as gp, hospital, pharmacy).</source>
        <translation>Veld van de omzettingstabel met de ZOAST-categorie (een woord in kleine letters zoals gp, hospital, pharmacy).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="92" />
        <source>{count} record(s) have a code missing from the category mapping; they get the category '{default}':</source>
        <translation>{count} record(s) hebben een code die ontbreekt in de categorie-omzetting; ze krijgen de categorie '{default}':</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="97" />
        <source>  code '{code}' ({label}): {count} record(s), e.g. {ids}</source>
        <translation>  code '{code}' ({label}): {count} record(s), bv. {ids}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="122" />
        <source>Road search radius: {radius} km (the cut-off at the fastest speed along one edge, {speed} km/h as the crow flies).</source>
        <translation>Zoekstraal op het wegennet: {radius} km (de drempel bij de hoogste snelheid langs één wegvak, {speed} km/u hemelsbreed).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="148" />
        <source>Reading the road network…</source>
        <translation>Wegennet lezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="155" />
        <source>Field '{field}': {count} road line(s) faster than {limit} km/h, first ids: {ids}. Check these speeds: one fast line widens the search of every origin and slows the whole run.</source>
        <translation>Veld '{field}': {count} weglijn(en) sneller dan {limit} km/u, eerste id's: {ids}. Controleer deze snelheden: één snelle lijn vergroot de zoektocht van elke herkomst en vertraagt de hele berekening.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="165" />
        <source>Building the road graph…</source>
        <translation>Weggraaf opbouwen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="65" />
        <source>Cancelled by the user.</source>
        <translation>Geannuleerd door de gebruiker.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="67" />
        <source>Saving the outputs…</source>
        <translation>Uitvoer opslaan…</translation>
    </message>
</context>
</TS>
