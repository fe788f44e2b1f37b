<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="95" />
        <source>Layer '{layer}' has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) and run again.</source>
        <translation>Laag '{layer}' heeft geen coördinatenreferentiesysteem. Stel het CRS in (Laageigenschappen &gt; Bron) en voer opnieuw uit.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="146" />
        <source>Layer '{layer}': field(s) {fields} not found. Choose existing fields.</source>
        <translation>Laag '{layer}': veld(en) {fields} niet gevonden. Kies bestaande velden.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="1165" />
        <source>Cancelled by the user.</source>
        <translation>Geannuleerd door de gebruiker.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="538" />
        <source>Could not write features to the output: {error}</source>
        <translation>Kon de objecten niet naar de uitvoer schrijven: {error}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="384" />
        <source>Layer '{layer}': {count} feature(s) with an invalid geometry, first ids: {ids}. Repair them (Vector geometry &gt; Fix geometries) or change the invalid features filtering in the Processing options.</source>
        <translation>Laag '{layer}': {count} object(en) met een ongeldige geometrie, eerste id's: {ids}. Repareer ze (Vectorgeometrie &gt; Geometrieën repareren) of wijzig het filteren van ongeldige objecten in de Processing-opties.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="396" />
        <source>Layer '{layer}': {count} feature(s) with no geometry or an invalid one skipped, first ids: {ids}.</source>
        <translation>Laag '{layer}': {count} object(en) zonder geometrie of met een ongeldige geometrie overgeslagen, eerste id's: {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="106" />
        <source>Layer '{layer}': coordinates such as ({x:.0f}, {y:.0f}) cannot be degrees of its CRS {crs}: the layer's CRS is wrong. Set the right one (Layer Properties &gt; Source) and run again.</source>
        <translation>Laag '{layer}': coördinaten zoals ({x:.0f}, {y:.0f}) kunnen geen graden van haar CRS {crs} zijn: het CRS van de laag is fout. Stel het juiste in (Laageigenschappen &gt; Bron) en start opnieuw.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="278" />
        <source>Layer '{layer}': none of its {count} feature(s) has a usable geometry (empty or invalid), first ids: {ids}. Fix the geometries or choose another layer.</source>
        <translation>Laag '{layer}': geen van haar {count} object(en) heeft een bruikbare geometrie (leeg of ongeldig), eerste id's: {ids}. Herstel de geometrieën of kies een andere laag.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="282" />
        <source>Layer '{layer}' has no feature (an empty layer, selection or filter). Choose a layer with features.</source>
        <translation>Laag '{layer}' heeft geen objecten (lege laag, selectie of filter). Kies een laag met objecten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="333" />
        <source>Layer '{layer}' (file '{path}'), line {line}, field '{field}': text that is not valid {encoding}. Set the layer's encoding (Layer Properties &gt; Source) or the ENCODING parameter to the file's encoding, probably {suggestion}.</source>
        <translation>Laag '{layer}' (bestand '{path}'), regel {line}, veld '{field}': tekst die geen geldige {encoding} is. Stel de codering van de laag (Laageigenschappen &gt; Bron) of de parameter ENCODING in op de codering van het bestand, waarschijnlijk {suggestion}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="339" />
        <source>Layer '{layer}' ({path}), feature {fid}, field '{field}': text that is not valid {encoding}. Set the layer's encoding (Layer Properties &gt; Source) to the file's encoding, probably {suggestion}.</source>
        <translation>Laag '{layer}' ({path}), object {fid}, veld '{field}': tekst die geen geldige {encoding} is. Stel de codering van de laag (Laageigenschappen &gt; Bron) in op de codering van het bestand, waarschijnlijk {suggestion}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="701" />
        <source>Could not write the layer '{layer}' into {path}.</source>
        <translation>Kan de laag '{layer}' niet in {path} schrijven.</translation>
    </message>
</context>
<context>
    <name>AccessibilityAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="87" />
        <source>Accessibility (2SFCA, E2SFCA, Gaussian)</source>
        <translation>Ruimtelijke toegankelijkheid (2SFCA, E2SFCA, Gaussisch)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="91" />
        <source>Demand field (population)</source>
        <translation>Vraagveld (bevolking)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="91" />
        <source>Population of each unit, or the age-standardised need from zoast:needs.</source>
        <translation>Bevolking van elke eenheid, of de naar leeftijd gestandaardiseerde behoefte uit zoast:needs.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="94" />
        <source>Age-standardise the demand from the age bands</source>
        <translation>De vraag naar leeftijd standaardiseren op basis van de leeftijdsklassen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="94" />
        <source>Use Σ population of each age band (pop_0_14 … pop_90p) × its default consumption weight as the demand instead of the demand field (see zoast:needs for other weights).</source>
        <translation>Gebruik als vraag Σ bevolking van elke leeftijdsklasse (pop_0_14 … pop_90p) × haar standaard consumptiegewicht in plaats van het vraagveld (zie zoast:needs voor andere gewichten).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="111" />
        <source>Unit country field</source>
        <translation>Landveld van de eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="111" />
        <source>FR or BE: decides which supply is national and which is across the border.</source>
        <translation>FR of BE: bepaalt welk aanbod nationaal is en welk aan de andere kant van de grens ligt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="113" />
        <source>Capacity field</source>
        <translation>Capaciteitsveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="113" />
        <source>Supply of each point: FTE GPs, yearly consultations (APL), beds…</source>
        <translation>Aanbod van elk punt: huisartsen in VTE, raadplegingen per jaar (APL), bedden…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="116" />
        <source>Supply country field</source>
        <translation>Landveld van het aanbod</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="116" />
        <source>FR or BE for each supply point.</source>
        <translation>FR of BE voor elk aanbodpunt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="118" />
        <source>Exclude supply points where this field is true</source>
        <translation>Aanbodpunten uitsluiten waar dit veld waar is</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="118" />
        <source>E.g. age_over_65: the French APL counts only GPs under 65. Excluded points are counted in the log.</source>
        <translation>Bv. age_over_65: de Franse APL telt enkel huisartsen jonger dan 65. Uitgesloten punten worden in het logboek geteld.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="122" />
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="122" />
        <source>2SFCA (equal weight inside the catchment)</source>
        <translation>2SFCA (gelijk gewicht binnen het verzorgingsgebied)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="122" />
        <source>E2SFCA (step weights)</source>
        <translation>E2SFCA (trapsgewijze gewichten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="122" />
        <source>Gaussian decay</source>
        <translation>Gaussisch verval</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="122" />
        <source>2SFCA: Luo &amp; Wang 2003. E2SFCA: Luo &amp; Qi 2009, weights by travel-time step (the French APL is one). Gaussian: smooth decay with the SIGMA parameter.</source>
        <translation>2SFCA: Luo &amp; Wang 2003. E2SFCA: Luo &amp; Qi 2009, gewichten per reistijdstap (de Franse APL is daar een voorbeeld van). Gaussisch: geleidelijk verval met de parameter SIGMA.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="131" />
        <source>E2SFCA steps (minutes:weight;…)</source>
        <translation>E2SFCA-stappen (minuten:gewicht;…)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="131" />
        <source>Up to N minutes → weight, separated by semicolons, e.g. 10:1;20:0.68;30:0.22 (PySAL access defaults). Used by the E2SFCA method.</source>
        <translation>Tot N minuten → gewicht, gescheiden door puntkomma's, bv. 10:1;20:0.68;30:0.22 (standaardwaarden van PySAL access). Gebruikt door de methode E2SFCA.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="137" />
        <source>Gaussian sigma (minutes)</source>
        <translation>Gaussische sigma (minuten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="137" />
        <source>Width of the Gaussian decay. Used by the Gaussian method.</source>
        <translation>Breedte van het Gaussische verval. Gebruikt door de Gaussische methode.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="145" />
        <source>Supply across the border</source>
        <translation>Aanbod over de grens</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="145" />
        <source>Never (national supply only)</source>
        <translation>Nooit (enkel nationaal aanbod)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="145" />
        <source>Only inside a shared ZOAST agreement</source>
        <translation>Enkel binnen een gemeenschappelijke ZOAST-overeenkomst</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="145" />
        <source>Always (open border)</source>
        <translation>Altijd (open grens)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="145" />
        <source>Whether a unit may use supply in the other country: never, only when the unit and the unit where the supply lies belong to the same ZOAST agreement, or always.</source>
        <translation>Of een eenheid aanbod in het andere land mag gebruiken: nooit, enkel wanneer de eenheid en de eenheid waar het aanbod ligt tot dezelfde ZOAST-overeenkomst behoren, of altijd.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="349" />
        <source>ZOAST agreement members</source>
        <translation>Leden van de ZOAST-overeenkomsten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="173" />
        <source>Members: agreement code field</source>
        <translation>Leden: veld met de code van de overeenkomst</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="173" />
        <source>Agreement code in the members table.</source>
        <translation>Code van de overeenkomst in de ledentabel.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="175" />
        <source>Members: unit id field</source>
        <translation>Leden: veld met het id van de eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="175" />
        <source>Member unit id in the members table.</source>
        <translation>Id van de aangesloten eenheid in de ledentabel.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="177" />
        <source>Supply: id of the unit where it lies</source>
        <translation>Aanbod: id van de eenheid waarin het ligt</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="177" />
        <source>Optional. Without it, the unit is found by location (point in polygon, or the nearest unit point).</source>
        <translation>Optioneel. Zonder dit veld wordt de eenheid bepaald op basis van de ligging (punt in polygoon, of het dichtstbijzijnde eenheidspunt).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="180" />
        <source>Scale the result by</source>
        <translation>Resultaat schalen met</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="180" />
        <source>Multiply the accessibility, e.g. 100000 for FTE per 100,000 inhabitants; 1 for the APL.</source>
        <translation>Vermenigvuldigt de toegankelijkheid, bv. 100000 voor VTE per 100.000 inwoners; 1 voor de APL.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="200" />
        <source>Accessibility</source>
        <translation>Toegankelijkheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="207" />
        <source>Supply-to-demand ratios</source>
        <translation>Verhoudingen aanbod/vraag</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="207" />
        <source>The supply points with demand_seen (weighted population reaching them) and ratio (capacity / demand_seen × scale).</source>
        <translation>De aanbodpunten met demand_seen (gewogen bevolking die ze bereikt) en ratio (capaciteit / demand_seen × schaal).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="214" />
        <source>Units with no supply in reach</source>
        <translation>Eenheden zonder aanbod binnen bereik</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="215" />
        <source>Unit–supply pairs used</source>
        <translation>Gebruikte paren eenheid–aanbod</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="216" />
        <source>Features skipped (no geometry or excluded)</source>
        <translation>Overgeslagen objecten (geen geometrie of uitgesloten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="235" />
        <source>Reading the layers…</source>
        <translation>Lagen inlezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="241" />
        <source>Territorial units</source>
        <translation>Territoriale eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="246" />
        <source>Supply points</source>
        <translation>Aanbodpunten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="252" />
        <source>{count} supply point(s) excluded by the field '{field}'.</source>
        <translation>{count} aanbodpunt(en) uitgesloten door het veld '{field}'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="279" />
        <source>Floating catchment…</source>
        <translation>Zwevend verzorgingsgebied berekenen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="295" />
        <source>Writing the outputs…</source>
        <translation>Uitvoer wegschrijven…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="317" />
        <source>{count} unit(s) reach no supply within the cut-off: their access is 0.</source>
        <translation>{count} eenheid/eenheden bereiken geen aanbod binnen de drempel: hun toegang is 0.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="365" />
        <source>{count} supply point(s) lie in no unit: they are used only by units of their own country.</source>
        <translation>{count} aanbodpunt(en) liggen in geen enkele eenheid: ze worden enkel gebruikt door eenheden van hun eigen land.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="367" />
        <source>{count} agreement(s) in the members table.</source>
        <translation>{count} overeenkomst(en) in de ledentabel.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="393" />
        <source>No unit reaches any supply point within {minutes} minutes. Raise the cut-off (MAX_COST), check that both layers cover the same area, or allow supply across the border.</source>
        <translation>Geen enkele eenheid bereikt een aanbodpunt binnen {minutes} minuten. Verhoog de drempel (MAX_COST), controleer of beide lagen hetzelfde gebied dekken, of sta aanbod over de grens toe.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="101" />
        <source>Rescale the standardised demand to the layer's population</source>
        <translation>Gestandaardiseerde vraag herschalen naar de bevolking van de laag</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="101" />
        <source>Off (default): the age weights are relative to the mean French inhabitant, so a commune's standardised demand does not depend on which other units the layer holds. On: the demand is rescaled so that its total equals the layer's population — then the same commune's APL changes with the extent of the layer (e.g. ×1.04 for the Meuse alone).</source>
        <translation>Uit (standaard): de leeftijdsgewichten zijn relatief tot de gemiddelde Franse inwoner, zodat de gestandaardiseerde vraag van een gemeente niet afhangt van de andere eenheden in de laag. Aan: de vraag wordt herschaald zodat haar totaal gelijk is aan de bevolking van de laag — dan verandert de APL van dezelfde gemeente met de omvang van de laag (bv. ×1,04 voor de Meuse alleen).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="154" />
        <source>Share of demand using supply across the border</source>
        <translation>Deel van de vraag dat aanbod over de grens gebruikt</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="154" />
        <source>Weight β of a unit–supply pair across the border: a share β of the unit's residents competes for the other side's supply and its access gains β times what that supply offers. 0 = national supply only; 1 = every resident at full weight (an upper bound). Default 0.013: about 20,000 ZOAST patients in 2015 for about 1.5 million inhabitants of the member units. The same supply is redistributed: what member units gain, residents on the other side lose.</source>
        <translation>Gewicht β van een paar eenheid–aanbod over de grens: een deel β van de inwoners van de eenheid dingt mee naar het aanbod aan de overkant en haar toegankelijkheid wint β keer wat dat aanbod biedt. 0 = enkel nationaal aanbod; 1 = elke inwoner volledig (een bovengrens). Standaard 0,013: ongeveer 20.000 ZOAST-patiënten in 2015 voor ongeveer 1,5 miljoen inwoners van de lidgemeenten. Hetzelfde aanbod wordt herverdeeld: wat lidgemeenten winnen, verliezen de inwoners aan de overkant.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="165" />
        <source>Table of agreement code and member unit id (the zoast_members table of an agreements store). Needed when supply is used only inside a ZOAST (the default mode). Members that are not in the units layer are left out, with a warning.</source>
        <translation>Tabel met de code van de overeenkomst en de id van de lideenheid (de tabel zoast_members van een databank van overeenkomsten). Nodig als aanbod over de grens enkel binnen een ZOAST gebruikt wordt (de standaardmodus). Leden die niet in de laag met eenheden zitten, worden weggelaten, met een waarschuwing.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="186" />
        <source>What the result measures</source>
        <translation>Wat het resultaat meet</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="186" />
        <source>Automatic (from the capacity field and the scale)</source>
        <translation>Automatisch (uit het capaciteitsveld en de schaal)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="186" />
        <source>APL (consultations per year per standardised inhabitant)</source>
        <translation>APL (raadplegingen per jaar per gestandaardiseerde inwoner)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="186" />
        <source>FTE GPs per 100,000 inhabitants</source>
        <translation>VTE huisartsen per 100.000 inwoners</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="186" />
        <source>GPs (head count) per 100,000 inhabitants</source>
        <translation>Huisartsen (koppen) per 100.000 inwoners</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="186" />
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="186" />
        <source>Written in the field access_kind next to access, with the border mode and the cross-border weight, so that zoast:gaps can refuse a value that does not fit a rule. Automatic: the APL when the capacity is 'activity' of GPs under 65 over the age-standardised demand with scale 1; FTE per 100,000 when the capacity is an FTE field and the scale 100000; otherwise other.</source>
        <translation>Geschreven in het veld access_kind naast access, met de grensmodus en het grensoverschrijdend gewicht, zodat zoast:gaps een waarde kan weigeren die niet bij een regel past. Automatisch: de APL als de capaciteit de 'activity' van huisartsen jonger dan 65 is, gedeeld door de naar leeftijd gestandaardiseerde vraag, met schaal 1; VTE per 100.000 als de capaciteit een VTE-veld is en de schaal 100000; anders 'andere'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="200" />
        <source>The units with access (supply per inhabitant × scale), access_kind (what access measures, e.g. APL;border=zoast;weight=0.013), n_supply (supply points reached) and, with the ZOAST mode, zoast_member (1 for a unit in an agreement).</source>
        <translation>De eenheden met access (aanbod per inwoner × schaal), access_kind (wat access meet, bv. APL;border=zoast;weight=0.013), n_supply (bereikte aanbodpunten) en, in de ZOAST-modus, zoast_member (1 voor een eenheid in een overeenkomst).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="217" />
        <source>Units within one catchment of the layer's edge</source>
        <translation>Eenheden op minder dan één verzorgingsgebied van de rand van de laag</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="219" />
        <source>ZOAST members not in the units layer</source>
        <translation>ZOAST-leden die niet in de laag met eenheden zitten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="339" />
        <source>No ZOAST agreement members table: only national supply is counted (access_kind says border=national). Give the members table to count the supply across the border inside the ZOAST.</source>
        <translation>Geen ledentabel van de ZOAST-overeenkomsten: enkel nationaal aanbod wordt geteld (access_kind zegt border=national). Geef de ledentabel om het aanbod over de grens binnen de ZOAST te tellen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="357" />
        <source>{count} ZOAST member unit(s) are not in the units layer (first: {ids}): they are left out. Their residents do not compete for the supply here.</source>
        <translation>{count} ZOAST-lideenhe(i)d(en) zitten niet in de laag met eenheden (eerste: {ids}): ze worden weggelaten. Hun inwoners dingen hier niet mee naar het aanbod.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="378" />
        <source>{count} unit(s) lie within one catchment ({km} km) of the edge of the units layer: demand and supply beyond the edge are not counted, so their access is less certain. Analyse a wider layer (the study area plus a ring of context units) and keep the study area's results.</source>
        <translation>{count} eenhe(i)d(en) liggen op minder dan één verzorgingsgebied ({km} km) van de rand van de laag met eenheden: vraag en aanbod buiten de rand worden niet geteld, hun toegankelijkheid is dus minder zeker. Analyseer een ruimere laag (het studiegebied plus een ring van contexteenheden) en houd de resultaten van het studiegebied.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="384" />
        <source>{count} supply point(s) lie outside the units layer: nobody beyond the layer competes for them, which inflates the access of the units near them. Add the units around them or leave those points out.</source>
        <translation>{count} aanbodpunt(en) liggen buiten de laag met eenheden: niemand buiten de laag dingt ernaar mee, wat de toegankelijkheid van de eenheden in de buurt opdrijft. Voeg de eenheden eromheen toe of laat die punten weg.</translation>
    </message>
</context>
<context>
    <name>AgreementCandidatesAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="38" />
        <source>ZOAST extension and merger candidates</source>
        <translation>Kandidaten voor uitbreiding en samenvoeging van ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="44" />
        <source>Extension: minimum share</source>
        <translation>Uitbreiding: minimaal aandeel</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="53" />
        <source>Minimum patients behind a suggestion</source>
        <translation>Minimum aantal patiënten achter een voorstel</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="53" />
        <source>A suggestion (extension or merger) needs at least this many patients, so a handful of patients suggests nothing. Default 10.</source>
        <translation>Een voorstel (uitbreiding of samenvoeging) vereist minstens zoveel patiënten, zodat een handvol patiënten niets voorstelt. Standaard 10.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="60" />
        <source>Merger: minimum shared share</source>
        <translation>Samenvoeging: minimaal gedeeld aandeel</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="68" />
        <source>Adjacency tolerance (metres)</source>
        <translation>Aangrenzingstolerantie (meter)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="68" />
        <source>Units closer than this count as neighbours, so slivers between the French and Belgian outlines do not cut the border.</source>
        <translation>Eenheden die dichter bij elkaar liggen dan deze afstand gelden als buren, zodat smalle kieren (slivers) tussen de Franse en Belgische contouren de aansluiting over de grens niet verbreken.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="105" />
        <source>Extension candidates</source>
        <translation>Kandidaten voor uitbreiding</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="105" />
        <source>Merger candidates</source>
        <translation>Kandidaten voor samenvoeging</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="98" />
        <source>Cross-border flows outside the agreements</source>
        <translation>Grensoverschrijdende stromen buiten de overeenkomsten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="98" />
        <source>Per origin and destination, the cross-border flows whose origin and destination share no agreement: origin_id, dest_id, direction, patients, stays, amount_eur, n_flows.</source>
        <translation>Per herkomst en bestemming, de grensoverschrijdende stromen waarvan herkomst en bestemming geen overeenkomst delen: origin_id, dest_id, direction, patients, stays, amount_eur, n_flows.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="105" />
        <source>Origin–destination pairs outside the agreements</source>
        <translation>Herkomst-bestemmingsparen buiten de overeenkomsten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="105" />
        <source>Cross-border patients outside the agreements</source>
        <translation>Grensoverschrijdende patiënten buiten de overeenkomsten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="105" />
        <source>Units and facilities skipped (no geometry or an invalid one)</source>
        <translation>Overgeslagen eenheden en voorzieningen (geen of ongeldige geometrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="129" />
        <source>Parameter AGREEMENT_ESTABLISHMENTS: the flows go to facilities, so the agreements' member establishments are needed to tell which flows a ZOAST covers. Give the member establishments table.</source>
        <translation>Parameter AGREEMENT_ESTABLISHMENTS: de stromen gaan naar voorzieningen, dus de aangesloten instellingen van de overeenkomsten zijn nodig om te bepalen welke stromen een ZOAST dekt. Geef de tabel met aangesloten instellingen op.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="136" />
        <source>Finding neighbouring units…</source>
        <translation>Aangrenzende eenheden zoeken…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="139" />
        <source>Looking for candidates…</source>
        <translation>Kandidaten zoeken…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="147" />
        <source>Writing the outputs…</source>
        <translation>Uitvoer wegschrijven…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="169" />
        <source>{count} extension candidate(s).</source>
        <translation>{count} kandidaat/kandidaten voor uitbreiding.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="169" />
        <source>{count} merger candidate(s).</source>
        <translation>{count} kandidaat/kandidaten voor samenvoeging.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="44" />
        <source>A unit next to a zone is suggested when at least this share (0–1) of its cross-border patients go to the zone's member establishments without being covered by an agreement of the unit today. Illustrative default: a majority (0.5), as in the plurality rule of health service areas.</source>
        <translation>Een gemeente naast een zone wordt voorgesteld wanneer minstens dit aandeel (0–1) van haar grensoverschrijdende patiënten naar de ledeninstellingen van de zone gaat zonder vandaag gedekt te zijn door een overeenkomst van de gemeente. Indicatieve standaardwaarde: een meerderheid (0,5), zoals in de regel van relatieve meerderheid van zorgbekkens.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="60" />
        <source>Two zones are suggested for a merger when their residents' cross-border patients to the other zone's member establishments, not covered today, are at least this share (0–1) of both zones' residents' patients. Domestic flows never count. Illustrative default: 0.05.</source>
        <translation>Twee zones worden voor een fusie voorgesteld wanneer de grensoverschrijdende patiënten van hun inwoners naar de ledeninstellingen van de andere zone, vandaag niet gedekt, minstens dit aandeel (0–1) vormen van de patiënten van de inwoners van beide zones. Binnenlandse stromen tellen nooit mee. Indicatieve standaardwaarde: 0,05.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="77" />
        <source>Units suggested for a zone, with their attributes and: zoast_code, rank (in the zone, most newly covered patients first), member_of (zones the unit already belongs to), member_neighbours (member units it touches), newly_covered (cross-border patients to the zone's establishments that no agreement of the unit covers today: what the extension changes), already_covered, to_zone, cross_border (all its cross-border patients), residents (all its residents' patients), share_cross_border and share_residents (newly_covered over each), establishments (those its newly covered patients go to).</source>
        <translation>Gemeenten voorgesteld voor een zone, met hun attributen en: zoast_code, rank (binnen de zone, de meeste nieuw gedekte patiënten eerst), member_of (zones waarvan de gemeente al lid is), member_neighbours (aangrenzende ledengemeenten), newly_covered (grensoverschrijdende patiënten naar de instellingen van de zone die geen overeenkomst van de gemeente vandaag dekt: wat de uitbreiding verandert), already_covered, to_zone, cross_border (al haar grensoverschrijdende patiënten), residents (alle patiënten van haar inwoners), share_cross_border en share_residents (newly_covered gedeeld door elk), establishments (waar haar nieuw gedekte patiënten heen gaan).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="89" />
        <source>Pairs of zones: rank, code_a, code_b, a_to_b and b_to_a (cross-border patients of one zone's residents in the other's member establishments, not covered today), shared, both_ways, residents_a, residents_b, share, share_a_to_b, share_b_to_a, and domestic_a_to_b, domestic_b_to_a (domestic patients, shown for context: they need no agreement).</source>
        <translation>Paren van zones: rank, code_a, code_b, a_to_b en b_to_a (grensoverschrijdende patiënten van de inwoners van een zone in de ledeninstellingen van de andere, vandaag niet gedekt), shared, both_ways, residents_a, residents_b, share, share_a_to_b, share_b_to_a, en domestic_a_to_b, domestic_b_to_a (binnenlandse patiënten, getoond als context: ze hebben geen overeenkomst nodig).</translation>
    </message>
</context>
<context>
    <name>AgreementForm</name>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="128" />
        <source>Unique code of the agreement (zoast_code), e.g. MRTW_URSA. Members follow a new code.</source>
        <translation>Unieke code van de overeenkomst (zoast_code), bv. MRTW_URSA. De leden volgen een nieuwe code.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="129" />
        <source>Last day the agreement covers; empty when open-ended.</source>
        <translation>Laatste dag die de overeenkomst dekt; leeg bij onbepaalde duur.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="131" />
        <source>Health insurers that take part, on each side.</source>
        <translation>Verzekeringsinstellingen (ziekenfondsen) die deelnemen, aan elke kant van de grens (in Frankrijk: CPAM).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="138" />
        <source>(no date)</source>
        <translation>(geen datum)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="130" />
        <source>Care the agreement covers.</source>
        <translation>Zorg die de overeenkomst dekt.</translation>
    </message>
</context>
<context>
    <name>AgreementPerimetersAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="54" />
        <source>ZOAST agreement perimeters</source>
        <translation>Perimeters van de ZOAST-overeenkomsten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="59" />
        <source>Territorial units (communes)</source>
        <translation>Territoriale eenheden (gemeenten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="59" />
        <source>Communes and municipalities on both sides of the border, as polygons.</source>
        <translation>Gemeenten aan beide zijden van de grens, als polygonen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="66" />
        <source>Unit country field</source>
        <translation>Landveld van de eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="66" />
        <source>FR or BE: the side of the border each member unit is on.</source>
        <translation>FR of BE: de kant van de grens waar elke aangesloten eenheid ligt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="68" />
        <source>Optional: inhabitants of each unit, summed per perimeter. Leave empty to skip the population.</source>
        <translation>Optioneel: inwoners van elke eenheid, opgeteld per perimeter. Leeg laten om de bevolking over te slaan.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="71" />
        <source>Gap tolerance (metres)</source>
        <translation>Tolerantie voor kieren (meter)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="71" />
        <source>French and Belgian outlines come from different sources and leave slivers along the border: gaps narrower than twice this value are closed when dissolving. 0 dissolves the polygons as they are.</source>
        <translation>Franse en Belgische contouren komen uit verschillende bronnen en laten smalle kieren langs de grens: kieren smaller dan tweemaal deze waarde worden bij het samenvoegen gesloten. 0 voegt de polygonen samen zoals ze zijn.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="81" />
        <source>ZOAST perimeters</source>
        <translation>ZOAST-perimeters</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="81" />
        <source>One dissolved (multi)polygon per agreement, in the analysis CRS, with the agreement's attributes (or zoast_code), population, n_units, n_units_fr, n_units_be and n_establishments. An agreement with no member unit has no geometry.</source>
        <translation>Eén samengevoegde (multi)polygoon per overeenkomst, in het analyse-CRS, met de attributen van de overeenkomst (of zoast_code), population, n_units, n_units_fr, n_units_be en n_establishments. Een overeenkomst zonder aangesloten eenheid heeft geen geometrie.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="89" />
        <source>ZOAST perimeters per side</source>
        <translation>ZOAST-perimeters per kant</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="89" />
        <source>One (multi)polygon per agreement and country: zoast_code, country, population, n_units, n_establishments.</source>
        <translation>Eén (multi)polygoon per overeenkomst en land: zoast_code, country, population, n_units, n_establishments.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="96" />
        <source>Agreements</source>
        <translation>Overeenkomsten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="97" />
        <source>Agreements with member units on one side only (or none)</source>
        <translation>Overeenkomsten met aangesloten eenheden aan slechts één kant (of geen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="99" />
        <source>Units skipped (no geometry)</source>
        <translation>Overgeslagen eenheden (geen geometrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="109" />
        <source>Reading the layers…</source>
        <translation>Lagen inlezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="110" />
        <source>Territorial units</source>
        <translation>Territoriale eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="121" />
        <source>Dissolving the perimeters…</source>
        <translation>Perimeters samenvoegen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="131" />
        <source>Territorial units: the member polygons could not be dissolved ({error}). Repair them with Fix geometries and run again.</source>
        <translation>Territoriale eenheden: de polygonen van de aangesloten eenheden konden niet worden samengevoegd ({error}). Repareer ze met Geometrieën repareren en voer opnieuw uit.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="152" />
        <source>Writing the perimeters…</source>
        <translation>Perimeters wegschrijven…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="140" />
        <source>{count} agreement(s) not in force on {date}, so without a perimeter: {ids}.</source>
        <translation>{count} overeenkomst(en) niet van kracht op {date}, dus zonder perimeter: {ids}.</translation>
    </message>
</context>
<context>
    <name>AgreementStore</name>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="222" />
        <source>'{source}' already holds ZOAST agreements: open it instead of creating it.</source>
        <translation>'{source}' bevat al ZOAST-overeenkomsten: open deze in plaats van ze aan te maken.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/backends.py" line="106" />
        <source>'{source}' does not exist. Choose a ZOAST store (.gpkg) or create a new one.</source>
        <translation>'{source}' bestaat niet. Kies een ZOAST-databank (.gpkg) of maak een nieuwe aan.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="261" />
        <source>'{source}' holds ZOAST tables but no schema version (table zoast_meta). It can be upgraded to a ZOAST store of version {supported}: missing fields are added, nothing is removed.</source>
        <translation>'{source}' bevat ZOAST-tabellen maar geen schemaversie (tabel zoast_meta). Deze kan worden bijgewerkt tot een ZOAST-databank van versie {supported}: ontbrekende velden worden toegevoegd, er wordt niets verwijderd.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="287" />
        <source>'{source}' is not a ZOAST store: the table(s) {tables} are missing. Choose a ZOAST store or create a new one.</source>
        <translation>'{source}' is geen ZOAST-databank: de tabel(len) {tables} ontbreken. Kies een ZOAST-databank of maak een nieuwe aan.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="296" />
        <source>'{source}' is not a ZOAST store: the table {table} has no field(s) {fields}.</source>
        <translation>'{source}' is geen ZOAST-databank: de tabel {table} heeft geen veld(en) {fields}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="413" />
        <source>The agreements could not be saved ({error}). Nothing was written: the store is as it was before. Your edits are kept in the form.</source>
        <translation>De overeenkomsten konden niet worden opgeslagen ({error}). Er werd niets weggeschreven: de databank is ongewijzigd. Uw bewerkingen blijven bewaard in het formulier.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="105" />
        <source>{count} of your edit(s) conflict with changes another user saved meanwhile. Nothing was written: choose, for each, which value to keep; the other edits of both of you are kept.</source>
        <translation>{count} van uw wijziging(en) botsen met wijzigingen die een andere gebruiker intussen heeft opgeslagen. Er is niets geschreven: kies voor elke wijziging welke waarde u behoudt; de andere wijzigingen van u beiden blijven behouden.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="151" />
        <source>'{source}', table {table}, row fid {fid}: the field '{field}' holds '{value}', which is not a date. Correct it (YYYY-MM-DD) or empty it, in QGIS's attribute table for instance.</source>
        <translation>'{source}', tabel {table}, rij fid {fid}: het veld '{field}' bevat '{value}', wat geen datum is. Verbeter het (JJJJ-MM-DD) of maak het leeg, bijvoorbeeld in de attributentabel van QGIS.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="253" />
        <source>'{source}' is a ZOAST store of schema version {version}, newer than this plugin supports ({supported}). Update the ZOAST plugin to open it; it was not changed.</source>
        <translation>'{source}' is een ZOAST-databank met schemaversie {version}, nieuwer dan deze plugin ondersteunt ({supported}). Werk de ZOAST-plugin bij om ze te openen; ze is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="268" />
        <source>'{source}' is a ZOAST store of schema version {version}. It can be upgraded to version {supported} (members get an end date); older versions of the plugin will then refuse it.</source>
        <translation>'{source}' is een ZOAST-databank met schemaversie {version}. Ze kan worden bijgewerkt tot versie {supported} (leden krijgen een einddatum); oudere versies van de plugin weigeren ze daarna.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="319" />
        <source>'{source}': the schema version '{version}' in {table} cannot be read. The store was changed by hand or is damaged: restore it from a backup.</source>
        <translation>'{source}': de schemaversie '{version}' in {table} is onleesbaar. De databank is met de hand gewijzigd of beschadigd: zet ze terug vanuit een back-up.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/backends.py" line="131" />
        <source>'{source}' is an SQLite database but not a GeoPackage. Choose a ZOAST store (.gpkg) or create a new one.</source>
        <translation>'{source}' is een SQLite-databank maar geen GeoPackage. Kies een ZOAST-databank (.gpkg) of maak een nieuwe aan.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/backends.py" line="204" />
        <source>'{source}' is damaged or is not a GeoPackage (SQLite says: {detail}). It is not opened, so nothing is made worse. Restore the file from a backup; without one, a database tool can often recover the tables (sqlite3 '.recover').</source>
        <translation>'{source}' is beschadigd of is geen GeoPackage (SQLite meldt: {detail}). Het wordt niet geopend, zodat niets erger wordt. Zet het bestand terug vanuit een back-up; zonder back-up kan een databanktool de tabellen vaak herstellen (sqlite3 '.recover').</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/backends.py" line="216" />
        <source>The disk holding '{source}' is full: nothing was written, the store is as it was and your edits are kept. Free some space on that disk (or move the store to another one), then save again.</source>
        <translation>De schijf met '{source}' is vol: er is niets geschreven, de databank is ongewijzigd en uw wijzigingen blijven behouden. Maak ruimte vrij op die schijf (of verplaats de databank naar een andere) en sla daarna opnieuw op.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/backends.py" line="223" />
        <source>'{source}' is read-only (file permissions, a read-only folder or medium): nothing was written. Copy the store to a folder you may write to and open the copy, or ask who manages the file for write access.</source>
        <translation>'{source}' is alleen-lezen (bestandsrechten, een alleen-lezen map of medium): er is niets geschreven. Kopieer de databank naar een map waarin u mag schrijven en open de kopie, of vraag schrijfrechten aan wie het bestand beheert.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/backends.py" line="230" />
        <source>'{source}' is locked by another program (another QGIS, a database browser, a file synchronisation tool…): nothing was written. Close the store in that program or wait until it has finished, then save again.</source>
        <translation>'{source}' is vergrendeld door een ander programma (een andere QGIS, een databankbrowser, een synchronisatietool…): er is niets geschreven. Sluit de databank in dat programma of wacht tot het klaar is, en sla daarna opnieuw op.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/backends.py" line="238" />
        <source>'{source}': the database reports an error ({error}). Nothing was written.</source>
        <translation>'{source}': de databank meldt een fout ({error}). Er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/backends.py" line="317" />
        <source>A store on PostgreSQL needs the Python module psycopg2, which this QGIS does not have. Install it (Debian/Ubuntu: python3-psycopg2; it comes with the QGIS installers for Windows and macOS).</source>
        <translation>Een databank op PostgreSQL heeft de Python-module psycopg2 nodig, die deze QGIS niet heeft. Installeer ze (Debian/Ubuntu: python3-psycopg2; ze zit in de QGIS-installatieprogramma's voor Windows en macOS).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/backends.py" line="443" />
        <source>Cannot connect to {target}: {error}. Check the connection (QGIS Data Source Manager › PostgreSQL), that the server is running and that your user may log in.</source>
        <translation>Kan geen verbinding maken met {target}: {error}. Controleer de verbinding (QGIS Databronbeheer › PostgreSQL), of de server draait en of uw gebruiker mag aanmelden.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/backends.py" line="424" />
        <source>The disk of the database server {target} is full: nothing was written, your edits are kept. Ask the database administrator to free space, then save again.</source>
        <translation>De schijf van de databankserver {target} is vol: er is niets geschreven, uw wijzigingen blijven behouden. Vraag de databankbeheerder ruimte vrij te maken en sla daarna opnieuw op.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/backends.py" line="430" />
        <source>{target} may not be written with your database user ({error}): nothing was written. Ask the database administrator for INSERT, UPDATE and DELETE on the ZOAST tables, or use a read-write server.</source>
        <translation>Uw databankgebruiker mag niet schrijven in {target} ({error}): er is niets geschreven. Vraag de databankbeheerder INSERT-, UPDATE- en DELETE-rechten op de ZOAST-tabellen, of gebruik een server met schrijftoegang.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/backends.py" line="437" />
        <source>{target} is busy: another user or program is writing the ZOAST tables ({error}). Nothing was written; save again in a moment.</source>
        <translation>{target} is bezet: een andere gebruiker of een ander programma schrijft in de ZOAST-tabellen ({error}). Er is niets geschreven; sla zo dadelijk opnieuw op.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/backends.py" line="449" />
        <source>{target}: the database reports an error ({error}). Nothing was written.</source>
        <translation>{target}: de databank meldt een fout ({error}). Er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/backends.py" line="461" />
        <source>A ZOAST store is a GeoPackage or a PostgreSQL database, not '{provider}'.</source>
        <translation>Een ZOAST-databank is een GeoPackage of een PostgreSQL-databank, niet '{provider}'.</translation>
    </message>
</context>
<context>
    <name>AplAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="417" />
        <source>French APL (local potential accessibility)</source>
        <translation>Franse APL (lokale potentiële toegankelijkheid)</translation>
    </message>
</context>
<context>
    <name>CareEditor</name>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="89" />
        <source>Other care (codes separated by ;)</source>
        <translation>Andere zorg (codes gescheiden door ;)</translation>
    </message>
</context>
<context>
    <name>ComplementaritiesAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/complementarities.py" line="36" />
        <source>Cross-border complementarities (ZOAST extension proposals)</source>
        <translation>Grensoverschrijdende complementariteit (voorstellen tot uitbreiding van ZOAST)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/complementarities.py" line="43" />
        <source>Units from this severity</source>
        <translation>Eenheden vanaf deze ernst</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/complementarities.py" line="52" />
        <source>Complementarity proposals</source>
        <translation>Voorstellen tot complementariteit</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/complementarities.py" line="63" />
        <source>Proposals</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/complementarities.py" line="63" />
        <source>Features skipped (no geometry)</source>
        <translation>Overgeslagen objecten (zonder geometrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/complementarities.py" line="73" />
        <source>Reading the layers…</source>
        <translation>Lagen inlezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/complementarities.py" line="88" />
        <source>Proposals are about ZOAST agreements: supply is compared inside the agreements whatever the border mode.</source>
        <translation>De voorstellen gaan over ZOAST-overeenkomsten: het aanbod wordt binnen de overeenkomsten vergeleken, ongeacht de grensmodus.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/complementarities.py" line="90" />
        <source>Travel costs…</source>
        <translation>Reistijden berekenen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/complementarities.py" line="92" />
        <source>Evaluating the proposals…</source>
        <translation>Voorstellen evalueren…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/complementarities.py" line="43" />
        <source>On the analytical class (the accessibility with the ZOAST as they are): 1: every unit in shortage (ZIP, ZAC, Walloon shortage, Flemish priority zone); 2: severe only (ZIP, Walloon severe shortage).</source>
        <translation>Op de analytische klasse (de toegankelijkheid met de ZOAST zoals ze zijn): 1: elke eenheid met een tekort (ZIP, ZAC, Waals tekort, Vlaamse prioritaire zone); 2: enkel ernstige tekorten (ZIP, Waals ernstig tekort).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/complementarities.py" line="52" />
        <source>One row per proposal, ranked within each agreement: code (the ZOAST to extend, or NEW:&lt;unit&gt; for a new agreement), rank, unit_id, supply_points and capacity across the border it would open, nearest_minutes, class_official and its label (the unit's official class, which no agreement changes), then the analytical results: an_class_before/after and their labels, an_access_before/after, an_access_gain, an_shortfall_unit_change and an_shortfall_total_change (FTE, every unit: newcomers also compete).</source>
        <translation>Eén rij per voorstel, gerangschikt binnen elke overeenkomst: code (de uit te breiden ZOAST, of NEW:&lt;eenheid&gt; voor een nieuwe overeenkomst), rank, unit_id, supply_points en capacity over de grens die het zou openen, nearest_minutes, class_official en het label ervan (de officiële klasse van de eenheid, die geen enkele overeenkomst verandert), daarna de analytische resultaten: an_class_before/after en hun labels, an_access_before/after, an_access_gain, an_shortfall_unit_change en an_shortfall_total_change (VTE, alle eenheden: nieuwkomers concurreren ook).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/complementarities.py" line="63" />
        <source>Units in shortage (analytical class)</source>
        <translation>Eenheden met een tekort (analytische klasse)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/complementarities.py" line="63" />
        <source>Units in shortage (analytical class) with unused supply across the border</source>
        <translation>Eenheden met een tekort (analytische klasse) met ongebruikt aanbod over de grens</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/complementarities.py" line="103" />
        <source>{units} unit(s) in shortage (analytical class), {unused} with unused supply across the border: {count} proposal(s). The gains are analytical: an agreement changes the accessibility, not the official classes.</source>
        <translation>{units} eenheid/eenheden met een tekort (analytische klasse), {unused} met ongebruikt aanbod over de grens: {count} voorstel(len). De winsten zijn analytisch: een overeenkomst verandert de toegankelijkheid, niet de officiële klassen.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="37" />
        <source>Edits that conflict with another user's</source>
        <translation>Wijzigingen die botsen met die van een andere gebruiker</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="39" />
        <source>Another user saved changes to the same agreements since you opened the store. For each line, choose the value to keep. Your other edits and theirs are kept; nothing is saved until you confirm.</source>
        <translation>Een andere gebruiker heeft wijzigingen aan dezelfde overeenkomsten opgeslagen sinds u de databank opende. Kies voor elke regel de waarde die u behoudt. Uw andere wijzigingen en de zijne blijven behouden; er wordt niets opgeslagen voordat u bevestigt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="47" />
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="47" />
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="47" />
        <source>Original</source>
        <translation>Oorspronkelijk</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="47" />
        <source>Yours</source>
        <translation>De uwe</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="47" />
        <source>Other user's</source>
        <translation>Van de andere gebruiker</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="47" />
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="67" />
        <source>Delete it</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="66" />
        <source>Keep my version</source>
        <translation>Mijn versie behouden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="67" />
        <source>Keep their version</source>
        <translation>Hun versie behouden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="73" />
        <source>Keep the original</source>
        <translation>Terug naar het origineel</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="71" />
        <source>Keep mine</source>
        <translation>De mijne behouden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="72" />
        <source>Keep theirs</source>
        <translation>De hunne behouden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="79" />
        <source>Save with these choices</source>
        <translation>Opslaan met deze keuzes</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="93" />
        <source>The whole agreement and its members</source>
        <translation>De hele overeenkomst en haar leden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="97" />
        <source>Member {member}</source>
        <translation>Lid {member}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="98" />
        <source>Member {member}: {field}</source>
        <translation>Lid {member}: {field}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="104" />
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="112" />
        <source>as it was</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="110" />
        <source>{count} member(s)</source>
        <translation>{count} lid/leden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="113" />
        <source>changed: {fields}</source>
        <translation>gewijzigd: {fields}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="115" />
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
</context>
<context>
    <name>CostMatrixAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="30" />
        <source>Travel cost matrix (units → supply)</source>
        <translation>Reiskostenmatrix (eenheden → aanbod)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="35" />
        <source>Draw a line for each pair</source>
        <translation>Een lijn tekenen voor elk paar</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="35" />
        <source>Write each pair as a straight line from the unit to the supply point (larger output).</source>
        <translation>Elk paar wegschrijven als een rechte lijn van de eenheid naar het aanbodpunt (grotere uitvoer).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="40" />
        <source>Travel costs</source>
        <translation>Reiskosten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="40" />
        <source>One row per unit–supply pair within the cut-off: origin_id, dest_id, cost (minutes).</source>
        <translation>Eén rij per paar eenheid–aanbod binnen de drempel: origin_id, dest_id, cost (minuten).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="45" />
        <source>Number of pairs</source>
        <translation>Aantal paren</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="55" />
        <source>Reading the layers…</source>
        <translation>Lagen inlezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="55" />
        <source>Territorial units</source>
        <translation>Territoriale eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="59" />
        <source>Supply points</source>
        <translation>Aanbodpunten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="72" />
        <source>Computing and writing travel costs…</source>
        <translation>Reiskosten berekenen en wegschrijven…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="82" />
        <source>{count} pairs written.</source>
        <translation>{count} paren geschreven.</translation>
    </message>
</context>
<context>
    <name>DelineateBasinsAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="67" />
        <source>Delineate health basins</source>
        <translation>Zorgbekkens afbakenen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="73" />
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="73" />
        <source>Dartmouth plurality (patient flows)</source>
        <translation>Dartmouth, relatieve meerderheid (patiëntenstromen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="73" />
        <source>Modularity, constrained Louvain (patient flows)</source>
        <translation>Modulariteit, begrensde Louvain (patiëntenstromen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="73" />
        <source>Proximity: nearest hub</source>
        <translation>Nabijheid: dichtstbijzijnde pool</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="73" />
        <source>Proximity: Huff probabilities</source>
        <translation>Nabijheid: Huff-kansen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="73" />
        <source>Dartmouth: each unit joins the destination receiving most of its patients, then basins are made contiguous and weak ones merged. Louvain: basins maximising the modularity of the flows, a unit joining only a basin it touches. Proximity (no flows needed): each unit joins its nearest hub, or the hub of highest Huff probability.</source>
        <translation>Dartmouth: elke eenheid sluit aan bij de bestemming die de meeste van haar patiënten ontvangt, waarna de zorgbekkens aaneengesloten worden gemaakt en zwakke zorgbekkens worden samengevoegd. Louvain: zorgbekkens die de modulariteit van de stromen maximaliseren, waarbij een eenheid enkel kan aansluiten bij een zorgbekken dat ze raakt. Nabijheid (geen stromen nodig): elke eenheid sluit aan bij de dichtstbijzijnde pool, of bij de pool met de hoogste Huff-kans.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="89" />
        <source>Compute the mean travel time of the flows</source>
        <translation>De gemiddelde reistijd van de stromen berekenen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="89" />
        <source>With flows: travel times between units (cost table of unit ids, road network or straight lines, within the cut-off) give each basin's flow-weighted mean travel time. Untick to save time on very large regions.</source>
        <translation>Met stromen: reistijden tussen eenheden (kostentabel met id's van eenheden, wegennet of rechte lijnen, binnen de drempel) leveren de door de stromen gewogen gemiddelde reistijd van elk zorgbekken. Vink uit om tijd te besparen bij zeer grote regio's.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="98" />
        <source>Basins may cross the border</source>
        <translation>Zorgbekkens mogen de grens overschrijden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="112" />
        <source>Adjacency tolerance (metres)</source>
        <translation>Aangrenzingstolerantie (meter)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="112" />
        <source>Units whose polygons come within this distance touch (bridges digitising gaps along the border between two national layers).</source>
        <translation>Eenheden waarvan de polygonen tot op deze afstand van elkaar komen, raken elkaar (overbrugt digitaliseringskieren langs de grens tussen twee nationale lagen).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="120" />
        <source>Units with their basin</source>
        <translation>Eenheden met hun zorgbekken</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="131" />
        <source>Health basins</source>
        <translation>Zorgbekkens</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Number of basins</source>
        <translation>Aantal zorgbekkens</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Unit geometries repaired</source>
        <translation>Gerepareerde geometrieën van eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Units in no basin</source>
        <translation>Eenheden zonder zorgbekken</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Units skipped (no geometry)</source>
        <translation>Overgeslagen eenheden (geen geometrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="165" />
        <source>Territorial units (communes)</source>
        <translation>Territoriale eenheden (gemeenten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="165" />
        <source>Communes or municipalities on both sides of the border, as polygons. Invalid polygons are repaired for the analysis (and counted).</source>
        <translation>Gemeenten aan beide zijden van de grens, als polygonen. Ongeldige polygonen worden voor de analyse gerepareerd (en geteld).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="172" />
        <source>Unique id of each unit, e.g. FR:59350 or BE:57081, as used in the flow table.</source>
        <translation>Uniek id van elke eenheid, bv. FR:59350 of BE:57081, zoals gebruikt in de stromentabel.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="174" />
        <source>Inhabitants of each unit (basin population and the minimum population rule).</source>
        <translation>Inwoners van elke eenheid (bevolking van het zorgbekken en de regel voor minimale bevolking).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="176" />
        <source>Country field</source>
        <translation>Landveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="176" />
        <source>FR or BE: needed for basins within each country and for the cross-border share of flows.</source>
        <translation>FR of BE: nodig voor zorgbekkens binnen elk land en voor het grensoverschrijdende aandeel van de stromen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="179" />
        <source>Unit name field</source>
        <translation>Naamveld van de eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="179" />
        <source>Optional: the name of each unit; the basins take their hub unit's name (hub_name, used as label).</source>
        <translation>Optioneel: de naam van elke eenheid; de zorgbekkens krijgen de naam van hun pooleenheid (hub_name, gebruikt als label).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="441" />
        <source>Patient flows</source>
        <translation>Patiëntenstromen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="193" />
        <source>Flows: origin unit id field</source>
        <translation>Stromen: id-veld van de herkomsteenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="193" />
        <source>Field of the flow table holding the unit the patients live in.</source>
        <translation>Veld van de stromentabel met de eenheid waar de patiënten wonen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="195" />
        <source>Flows: destination field</source>
        <translation>Stromen: bestemmingsveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="195" />
        <source>Field of the flow table holding the destination unit id, or the facility id when a facilities layer is given.</source>
        <translation>Veld van de stromentabel met het id van de bestemmingseenheid, of het id van de voorziening wanneer een voorzieningenlaag is opgegeven.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="198" />
        <source>Flows: volume field</source>
        <translation>Stromen: volumeveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="212" />
        <source>Facilities (flow destinations)</source>
        <translation>Voorzieningen (bestemmingen van de stromen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="212" />
        <source>Optional: when the flows go to facilities (hospitals), the table giving each facility's unit, so flows are counted at the facility's unit.</source>
        <translation>Optioneel: wanneer de stromen naar voorzieningen (ziekenhuizen) gaan, de tabel die de eenheid van elke voorziening geeft, zodat stromen worden geteld in de eenheid van de voorziening.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="219" />
        <source>Facilities: id field</source>
        <translation>Voorzieningen: id-veld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="219" />
        <source>Facility id, as in the flow destination field.</source>
        <translation>Id van de voorziening, zoals in het bestemmingsveld van de stromen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="221" />
        <source>Facilities: unit id field</source>
        <translation>Voorzieningen: id-veld van de eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="221" />
        <source>The unit each facility lies in.</source>
        <translation>De eenheid waarin elke voorziening ligt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="246" />
        <source>Resolution (Louvain)</source>
        <translation>Resolutie (Louvain)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="246" />
        <source>Modularity resolution: 1 is the classic modularity; larger values give more, smaller basins.</source>
        <translation>Resolutie van de modulariteit: 1 is de klassieke modulariteit; hogere waarden geven meer en kleinere zorgbekkens.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="253" />
        <source>Random seed (Louvain)</source>
        <translation>Seed (startwaarde van de toevalsgenerator, Louvain)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="271" />
        <source>Hubs (proximity methods)</source>
        <translation>Polen (ziekenhuizen; nabijheidsmethoden)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="279" />
        <source>Hubs: id field</source>
        <translation>Polen: id-veld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="279" />
        <source>Unique id of each hub.</source>
        <translation>Uniek id van elke pool.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="281" />
        <source>Hubs: unit id field</source>
        <translation>Polen: id-veld van de eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="281" />
        <source>Optional: the unit each hub lies in. Without it, the unit polygon containing the hub.</source>
        <translation>Optioneel: de eenheid waarin elke pool ligt. Zonder dit veld: de eenheidspolygoon die de pool bevat.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="284" />
        <source>Hubs: capacity field (Huff)</source>
        <translation>Polen: capaciteitsveld (Huff)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="284" />
        <source>Optional: attractiveness of each hub in the Huff model, e.g. beds. Without it every hub weighs 1.</source>
        <translation>Optioneel: aantrekkingskracht van elke pool in het Huff-model, bv. bedden. Zonder dit veld weegt elke pool 1.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="287" />
        <source>Distance decay (Huff)</source>
        <translation>Afstandsverval (Huff)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="287" />
        <source>Power: cost^-beta</source>
        <translation>Macht: cost^-beta</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="287" />
        <source>Exponential: exp(-beta·cost)</source>
        <translation>Exponentieel: exp(-beta·cost)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="287" />
        <source>How attraction falls with travel time in the Huff model.</source>
        <translation>Hoe de aantrekkingskracht afneemt met de reistijd in het Huff-model.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="294" />
        <source>Decay parameter beta (Huff)</source>
        <translation>Vervalparameter beta (Huff)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="294" />
        <source>Empty: 2 for the power decay (the classic gravity value), 0.1 per minute for the exponential decay. Calibrate it on flows when they exist.</source>
        <translation>Leeg: 2 voor het machtsverval (de klassieke zwaartekrachtwaarde), 0,1 per minuut voor het exponentiële verval. Kalibreer deze op stromen wanneer die beschikbaar zijn.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="300" />
        <source>Minimum cost in the power decay (minutes)</source>
        <translation>Minimale kost bij het machtsverval (minuten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="300" />
        <source>cost^-beta is infinite at 0 minutes, so smaller costs are raised to this value.</source>
        <translation>cost^-beta is oneindig bij 0 minuten, dus kleinere kosten worden tot deze waarde opgetrokken.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="334" />
        <source>Reading the units…</source>
        <translation>Eenheden inlezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="336" />
        <source>Territorial units</source>
        <translation>Territoriale eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="343" />
        <source>Territorial units: {count} invalid geometries repaired for the analysis, first ids: {ids}.</source>
        <translation>Territoriale eenheden: {count} ongeldige geometrieën gerepareerd voor de analyse, eerste id's: {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="371" />
        <source>Dissolving the basins and computing their indicators…</source>
        <translation>Zorgbekkens samenvoegen en hun indicatoren berekenen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="385" />
        <source>Writing {count} units and {basins} basins…</source>
        <translation>{count} eenheden en {basins} zorgbekkens wegschrijven…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="431" />
        <source>The Dartmouth and Louvain methods need a patient flow table (parameter FLOWS). Give one, or choose a proximity method.</source>
        <translation>De methoden Dartmouth en Louvain vereisen een tabel met patiëntenstromen (parameter FLOWS). Geef er een op, of kies een nabijheidsmethode.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="440" />
        <source>Reading the flows…</source>
        <translation>Stromen inlezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="459" />
        <source>Flows: {rows} rows, {volume} in total.</source>
        <translation>Stromen: {rows} rijen, {volume} in totaal.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="475" />
        <source>Facilities</source>
        <translation>Voorzieningen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="483" />
        <source>Field '{field}': {count} flow destination(s) are not facilities with a unit (fields '{id_field}', '{unit_field}' of the facilities layer), first: {ids}. Check the destination field and the facilities layer.</source>
        <translation>Veld '{field}': {count} bestemming(en) van stromen zijn geen voorzieningen met een eenheid (velden '{id_field}', '{unit_field}' van de voorzieningenlaag), eerste: {ids}. Controleer het bestemmingsveld en de voorzieningenlaag.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="356" />
        <source>Finding which units touch…</source>
        <translation>Bepalen welke eenheden elkaar raken…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="496" />
        <source>Delineating the basins…</source>
        <translation>Zorgbekkens afbakenen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="512" />
        <source>The proximity methods need a hubs layer (parameter HUBS), e.g. the hospitals.</source>
        <translation>De nabijheidsmethoden vereisen een laag met polen (parameter HUBS), bv. de ziekenhuizen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="517" />
        <source>Hubs</source>
        <translation>Polen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="529" />
        <source>{count} hub(s) lie in no unit, first: {ids}. Their basins have no hub unit and, within each country, no country.</source>
        <translation>{count} pool(en) liggen in geen enkele eenheid, eerste: {ids}. Hun zorgbekkens hebben geen pooleenheid en, bij zorgbekkens per land, geen land.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="532" />
        <source>Computing travel costs to the hubs…</source>
        <translation>Reiskosten naar de polen berekenen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="552" />
        <source>The cost table goes to the hubs, not between units: no mean travel time.</source>
        <translation>De kostentabel gaat naar de polen, niet tussen eenheden: geen gemiddelde reistijd.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="554" />
        <source>Computing travel times between units…</source>
        <translation>Reistijden tussen eenheden berekenen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="522" />
        <source>Hubs: the layer has no usable point ({skipped} feature(s) without geometry). Choose a hubs layer with points, e.g. the hospitals.</source>
        <translation>Polen: de laag heeft geen bruikbaar punt ({skipped} object(en) zonder geometrie). Kies een laag met polen als punten, bv. de ziekenhuizen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="98" />
        <source>Unticked: flows, contiguity and hubs across countries (country field) are ignored, so each basin lies in one country; li, msi, volume, failing and MODULARITY are then on the flows within each country, li_all_flows and msi_all_flows on all flows.</source>
        <translation>Uitgevinkt: stromen, aangrenzing en polen tussen landen (landveld) worden genegeerd, zodat elk zorgbekken in één land ligt; li, msi, volume, failing en MODULARITY gaan dan over de stromen binnen elk land, li_all_flows en msi_all_flows over alle stromen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="105" />
        <source>Make proximity basins contiguous</source>
        <translation>Nabijheidszorgbekkens aaneensluitend maken</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="105" />
        <source>Proximity methods: the nearest hub or the Huff model may give a basin in several pieces (counted in n_pieces). Ticked, each piece cut off from its hub's unit joins the touching basin whose hub it prefers. The flow methods always make their basins contiguous (islands aside).</source>
        <translation>Nabijheidsmethoden: de dichtstbijzijnde pool of het Huff-model kunnen een zorgbekken in meerdere stukken geven (geteld in n_pieces). Aangevinkt gaat elk stuk dat van de eenheid van zijn pool is afgesneden naar het aangrenzende zorgbekken waarvan het de pool verkiest. De stromenmethoden maken hun zorgbekkens altijd aaneengesloten (eilanden buiten beschouwing).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="120" />
        <source>The units with their attributes and basin_id (1 … number of basins, empty for a unit in no basin), hub_unit_id, hub_id (proximity: the hub's id), hub_probability (proximity: the Huff probability of the chosen hub, 1 for nearest), and the audit: plurality_dest_id and plurality_share (the unit receiving most of its flows, and that share), assignment (how it got its basin: plurality, hub, community, contiguity, no_flows_neighbours, no_flows_nearest, island, nearest_hub, huff, unreachable) and merged_from (hub unit of the basin it was in before that basin was merged).</source>
        <translation>De eenheden met hun attributen en basin_id (1 … aantal zorgbekkens, leeg voor een eenheid in geen enkel zorgbekken), hub_unit_id, hub_id (nabijheid: het id van de pool), hub_probability (nabijheid: de Huff-kans van de gekozen pool, 1 voor de dichtstbijzijnde), en het spoor: plurality_dest_id en plurality_share (de eenheid die het grootste deel van haar stromen ontvangt, en dat aandeel), assignment (hoe ze haar zorgbekken kreeg: plurality, hub, community, contiguity, no_flows_neighbours, no_flows_nearest, island, nearest_hub, huff, unreachable) en merged_from (pooleenheid van het zorgbekken waarin ze lag voordat dat zorgbekken werd samengevoegd).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="131" />
        <source>One dissolved polygon per basin (analysis CRS) with basin_id, hub_unit_id, hub_name, hub_id, population, n_units, volume (flows of its residents), li (localization index), msi (market share index), li_all_flows and msi_all_flows (on all flows, when the border is closed), cross_border_share, compactness (perimeter / (3.54·√area), 1 for a disc), mean_travel_time (minutes), travel_time_coverage, n_pieces, hub_in_basin, failing (li under MIN_LI, population under MIN_POPULATION or volume under MIN_VOLUME) and failing_reason.</source>
        <translation>Eén samengevoegde polygoon per zorgbekken (analyse-CRS) met basin_id, hub_unit_id, hub_name, hub_id, population, n_units, volume (stromen van zijn inwoners), li (lokalisatie-index), msi (marktaandeelindex), li_all_flows en msi_all_flows (op alle stromen, als de grens gesloten is), cross_border_share, compactness (omtrek / (3,54·√oppervlakte), 1 voor een cirkel), mean_travel_time (minuten), travel_time_coverage, n_pieces, hub_in_basin, failing (li onder MIN_LI, bevolking onder MIN_POPULATION of volume onder MIN_VOLUME) en failing_reason.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Basins under the minimum LI, population or flow volume</source>
        <translation>Zorgbekkens onder de minimale LI, bevolking of stromenvolume</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Modularity of the basins on the judged flows</source>
        <translation>Modulariteit van de zorgbekkens op de beoordeelde stromen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Modularity of the basins on all flows</source>
        <translation>Modulariteit van de zorgbekkens op alle stromen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Flow rows left out by the care-type filter</source>
        <translation>Stroomrijen weggelaten door de zorgtypefilter</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Units without flows given a basin</source>
        <translation>Eenheden zonder stromen die een zorgbekken kregen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Units reattached for contiguity</source>
        <translation>Eenheden verplaatst voor de aaneengeslotenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Island units kept in the basin of their flows</source>
        <translation>Eilandeenheden in het zorgbekken van hun stromen gehouden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Basins merged for failing a minimum</source>
        <translation>Zorgbekkens samengevoegd omdat ze een minimum niet halen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Units whose basin was merged</source>
        <translation>Eenheden waarvan het zorgbekken werd samengevoegd</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Basins in several pieces</source>
        <translation>Zorgbekkens in meerdere stukken</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Basins whose hub's unit lies in another basin</source>
        <translation>Zorgbekkens waarvan de gemeente van de pool in een ander zorgbekken ligt</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Louvain: seed kept</source>
        <translation>Louvain: behouden seed</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Louvain: lowest modularity of the tries</source>
        <translation>Louvain: laagste modulariteit van de pogingen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Louvain: highest modularity of the tries</source>
        <translation>Louvain: hoogste modulariteit van de pogingen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="184" />
        <source>One row per origin unit → destination with a number of patients (or stays). Needed by the Dartmouth and Louvain methods (the default method); optional with the proximity methods, which then use it for the indicators only. Default: the project's layer named patient_flows, when there is one (the sample's).</source>
        <translation>Eén rij per herkomsteenheid → bestemming met een aantal patiënten (of opnames). Nodig voor de methoden Dartmouth en Louvain (de standaardmethode); optioneel bij de nabijheidsmethoden, die ze dan alleen voor de indicatoren gebruiken. Standaard: de projectlaag met de naam patient_flows, als die er is (die van het voorbeeld).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="198" />
        <source>Number of patients (or stays) of each flow row; rows of one pair are added. MIN_VOLUME counts in this unit: choose stays to follow HSAr.</source>
        <translation>Aantal patiënten (of opnames) van elke stroomrij; rijen van eenzelfde paar worden opgeteld. MIN_VOLUME telt in deze eenheid: kies de opnames om HSAr te volgen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="202" />
        <source>Flows: care type field</source>
        <translation>Stromen: veld van het zorgtype</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="202" />
        <source>Field of the flow table holding the care type (e.g. hospital_stay, day_case, ambulatory); read only when CARE_TYPES is set.</source>
        <translation>Veld van de stromentabel met het zorgtype (bv. hospital_stay, day_case, ambulatory); alleen gelezen als CARE_TYPES is ingevuld.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="205" />
        <source>Care types to keep (empty: all)</source>
        <translation>Te behouden zorgtypes (leeg: alle)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="205" />
        <source>Only the flow rows of these care types, separated by ';' (e.g. hospital_stay). Empty: every row, all care types added. The Dartmouth Hospital Service Areas and HSAr use hospital stays; consultations give other, smaller basins. Rows left out are counted.</source>
        <translation>Alleen de stroomrijen van deze zorgtypes, gescheiden door ';' (bv. hospital_stay). Leeg: alle rijen, alle zorgtypes opgeteld. De Hospital Service Areas van Dartmouth en HSAr gebruiken ziekenhuisopnames; raadplegingen geven andere, kleinere zorgbekkens. Weggelaten rijen worden geteld.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="223" />
        <source>Minimum localization index (flow methods)</source>
        <translation>Minimale lokalisatie-index (stromenmethoden)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="223" />
        <source>Share of the residents' flows that stay in their basin (li); Dartmouth and Louvain basins below it merge into the neighbour they send most to; proximity basins below it are flagged failing. 0.4 after Haynes et al. 2020 (HSAr).</source>
        <translation>Aandeel van de stromen van de inwoners dat in hun zorgbekken blijft (li); zorgbekkens van Dartmouth en Louvain daaronder worden samengevoegd met de buur waarheen ze het meest sturen; nabijheidszorgbekkens daaronder worden gemarkeerd (failing). 0,4 volgens Haynes et al. 2020 (HSAr).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="231" />
        <source>Minimum basin population (inhabitants)</source>
        <translation>Minimale bevolking van een zorgbekken (inwoners)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="231" />
        <source>Basins with fewer inhabitants merge into a neighbour (flow methods) or are flagged failing. 0: no size rule on inhabitants (no source fixes one; set it for the care level studied).</source>
        <translation>Zorgbekkens met minder inwoners worden samengevoegd met een buur (stromenmethoden) of gemarkeerd (failing). 0: geen grootteregel in inwoners (geen bron legt er een vast; stel ze in voor het bestudeerde zorgniveau).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="238" />
        <source>Minimum basin size in flows (stays or patients)</source>
        <translation>Minimale grootte van een zorgbekken in stromen (opnames of patiënten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="238" />
        <source>Basins whose residents have fewer flows (in the volume field's unit) merge into a neighbour (flow methods) or are flagged failing. 10 after Haynes et al. 2020 (HSAr: at least 10 stays); 0: no size rule on flows.</source>
        <translation>Zorgbekkens waarvan de inwoners minder stromen hebben (in de eenheid van het volumeveld) worden samengevoegd met een buur (stromenmethoden) of gemarkeerd (failing). 10 volgens Haynes et al. 2020 (HSAr: minstens 10 opnames); 0: geen grootteregel in stromen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="253" />
        <source>Seed of the order in which Louvain visits the units: the same seed gives the same basins. With several tries, the seeds SEED, SEED + 1, … are tried.</source>
        <translation>Seed van de volgorde waarin Louvain de eenheden bezoekt: dezelfde seed geeft dezelfde zorgbekkens. Met meerdere pogingen worden de seeds SEED, SEED + 1, … geprobeerd.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="261" />
        <source>Number of Louvain tries</source>
        <translation>Aantal Louvain-pogingen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="261" />
        <source>Louvain's result depends on the order it visits the units: it is run this many times with successive seeds and the basins of highest modularity are kept. The seed kept and the lowest and highest modularity are reported.</source>
        <translation>Het resultaat van Louvain hangt af van de volgorde waarin de eenheden bezocht worden: het draait zoveel keer met opeenvolgende seeds en de zorgbekkens met de hoogste modulariteit worden behouden. De behouden seed en de laagste en hoogste modulariteit worden gemeld.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="271" />
        <source>Hospitals or other care hubs, as points: one basin per hub chosen by some unit. Needed by the proximity methods, unused by the flow methods. Default: the project's layer named hospitals, when there is one (the sample's).</source>
        <translation>Ziekenhuizen of andere zorgpolen, als punten: één zorgbekken per pool die door een eenheid gekozen wordt. Nodig voor de nabijheidsmethoden, niet gebruikt door de stromenmethoden. Standaard: de projectlaag met de naam hospitals, als die er is (die van het voorbeeld).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="351" />
        <source>Basins within each country need the units' country field (parameter UNIT_COUNTRY_FIELD).</source>
        <translation>Zorgbekkens per land vereisen het landveld van de eenheden (parameter UNIT_COUNTRY_FIELD).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="404" />
        <source>li, msi, volume, failing and MODULARITY are on {basis}; li_all_flows, msi_all_flows and MODULARITY_ALL_FLOWS on all flows.</source>
        <translation>li, msi, volume, failing en MODULARITY gaan over {basis}; li_all_flows, msi_all_flows en MODULARITY_ALL_FLOWS over alle stromen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="404" />
        <source>all flows</source>
        <translation>alle stromen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="404" />
        <source>the flows within each country</source>
        <translation>de stromen binnen elk land</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="407" />
        <source>Basins: {basins}, {failing} failing a minimum; modularity {q} (all flows: {q_all}).</source>
        <translation>Zorgbekkens: {basins}, waarvan {failing} onder een minimum; modulariteit {q} (alle stromen: {q_all}).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="411" />
        <source>Units: {filled} without flows given a basin, {reattached} reattached for contiguity, {islands} islands kept in the basin of their flows; {merges} basins merged ({merged} units); {pieces} basins in several pieces; {outside} basins whose hub's unit lies in another basin.</source>
        <translation>Eenheden: {filled} zonder stromen kregen een zorgbekken, {reattached} verplaatst voor de aaneengeslotenheid, {islands} eilanden in het zorgbekken van hun stromen gehouden; {merges} zorgbekkens samengevoegd ({merged} eenheden); {pieces} zorgbekkens in meerdere stukken; {outside} zorgbekkens waarvan de gemeente van de pool in een ander zorgbekken ligt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="419" />
        <source>Louvain: {tries} tries (seeds {first} to {last}); seed {seed} kept, modularity {best}; the tries range from {low} to {high}.</source>
        <translation>Louvain: {tries} pogingen (seeds {first} tot {last}); seed {seed} behouden, modulariteit {best}; de pogingen gaan van {low} tot {high}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="450" />
        <source>Care types {types}: {kept} flow rows kept, {left} left out.</source>
        <translation>Zorgtypes {types}: {kept} stroomrijen behouden, {left} weggelaten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="462" />
        <source>Patient flows: {rows} row(s), {volume} in total in field '{field}': the Dartmouth and Louvain methods need flows. Check the table (empty, or an empty selection or filter), CARE_TYPES and the volume field.</source>
        <translation>Patiëntenstromen: {rows} rij(en), {volume} in totaal in veld '{field}': de methoden Dartmouth en Louvain hebben stromen nodig. Controleer de tabel (leeg, of een lege selectie of filter), CARE_TYPES en het volumeveld.</translation>
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
        <location filename="../zoast_plugin/processing/models.py" line="75" />
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
        <translation>De tabel zoast_agreements van een databank van overeenkomsten.</translation>
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
        <location filename="../zoast_plugin/processing/models.py" line="148" />
        <source>Cross-border health diagnosis (whole chain)</source>
        <translation>Grensoverschrijdende gezondheidsdiagnose (volledige keten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="67" />
        <source>Health basins (Dartmouth plurality)</source>
        <translation>Zorgbekkens (Dartmouth, relatieve meerderheid)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="68" />
        <source>Needs (age-weighted population)</source>
        <translation>Behoeften (naar leeftijd gewogen bevolking)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="69" />
        <source>Each country's own measure, with the ZOAST ({field})</source>
        <translation>Eigen maatstaf van elk land, met de ZOAST ({field})</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="71" />
        <source>Each country's own measure, national supply only ({field})</source>
        <translation>Eigen maatstaf van elk land, enkel nationaal aanbod ({field})</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="95" />
        <source>Gaps by each country's rule</source>
        <translation>Tekorten volgens de regel van elk land</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="74" />
        <source>Care supply inventory</source>
        <translation>Inventaris van het zorgaanbod</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="100" />
        <source>ZOAST perimeters</source>
        <translation>ZOAST-perimeters</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="77" />
        <source>Extension and merger candidates</source>
        <translation>Kandidaten voor uitbreiding en samenvoeging</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="79" />
        <source>GPs (FTE) per 100,000 inhabitants, national supply only</source>
        <translation>Huisartsen (VTE) per 100.000 inwoners, enkel nationaal aanbod</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="79" />
        <source>GPs (FTE) per 100,000 inhabitants, with the ZOAST</source>
        <translation>Huisartsen (VTE) per 100.000 inwoners, met de ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="79" />
        <source>French APL, national supply only</source>
        <translation>Franse APL, enkel nationaal aanbod</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="79" />
        <source>French APL, with the ZOAST</source>
        <translation>Franse APL, met de ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="87" />
        <source>Keep the result as {field}</source>
        <translation>Resultaat bewaren als {field}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="89" />
        <source>Drop n_supply (after {field})</source>
        <translation>n_supply verwijderen (na {field})</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="94" />
        <source>Health basins</source>
        <translation>Zorgbekkens</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="96" />
        <source>Deficiencies per basin</source>
        <translation>Tekorten per zorgbekken</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="97" />
        <source>Care supply per unit</source>
        <translation>Zorgaanbod per gemeente</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="98" />
        <source>Cross-border patient flows</source>
        <translation>Grensoverschrijdende patiëntenstromen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="99" />
        <source>Flows per ZOAST</source>
        <translation>Stromen per ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="101" />
        <source>Candidate units for extending a ZOAST</source>
        <translation>Kandidaat-gemeenten voor uitbreiding van een ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="102" />
        <source>Candidate ZOAST mergers</source>
        <translation>Kandidaat-samenvoegingen van ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="103" />
        <source>Who gains and who loses from the border</source>
        <translation>Wie wint en wie verliest door het grensoverschrijdend aanbod</translation>
    </message>
</context>
<context>
    <name>GapsAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="82" />
        <source>Care gaps (French zoning and Belgian shortage rules)</source>
        <translation>Huisartsentekorten (Franse zonering en Belgische tekortregels)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="88" />
        <source>Brussels municipalities</source>
        <translation>Brusselse gemeenten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="88" />
        <source>No rule (class 'Brussels: no rule applied')</source>
        <translation>Geen regel (klasse 'Brussel: geen regel toegepast')</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="88" />
        <source>Judge them with the Walloon rule</source>
        <translation>Beoordelen met de Waalse regel</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="88" />
        <source>Brussels has its own scheme, not modelled here: leave its municipalities unjudged, or judge them with the Walloon FTE-per-100,000 thresholds.</source>
        <translation>Brussel heeft een eigen regeling, die hier niet gemodelleerd is: laat de gemeenten onbeoordeeld, of beoordeel ze met de Waalse drempels in VTE per 100.000.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="97" />
        <source>Analysis CRS (projected, metres)</source>
        <translation>Analyse-CRS (geprojecteerd, meter)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="97" />
        <source>Areas computed from the polygons (when no area field is given) are measured in this projected CRS. ETRS89-LAEA (EPSG:3035) is equal-area and covers France and Belgium.</source>
        <translation>Oppervlakten berekend uit de polygonen (wanneer geen oppervlakteveld is opgegeven) worden gemeten in dit geprojecteerde CRS. ETRS89-LAEA (EPSG:3035) is oppervlaktegetrouw en dekt Frankrijk en België.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="105" />
        <source>Care gaps</source>
        <translation>Zorgtekorten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="118" />
        <source>Deficiency list</source>
        <translation>Tekortenlijst</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="134" />
        <source>Units in severe shortage</source>
        <translation>Eenheden met ernstig tekort</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="134" />
        <source>Units in shortage</source>
        <translation>Eenheden met tekort</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="134" />
        <source>Units without shortage</source>
        <translation>Eenheden zonder tekort</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="134" />
        <source>Units not judged (Brussels)</source>
        <translation>Niet beoordeelde eenheden (Brussel)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="134" />
        <source>Units whose severity the border lowers</source>
        <translation>Eenheden waarvan de grens de ernst verlaagt</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="134" />
        <source>Units whose severity the border raises</source>
        <translation>Eenheden waarvan de grens de ernst verhoogt</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="134" />
        <source>Units skipped (no geometry)</source>
        <translation>Overgeslagen eenheden (geen geometrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="154" />
        <source>Territorial units (communes)</source>
        <translation>Territoriale eenheden (gemeenten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="154" />
        <source>Communes or municipalities on both sides of the border, as polygons (or points with an area field), with their accessibility and population.</source>
        <translation>Gemeenten aan beide zijden van de grens, als polygonen (of punten met een oppervlakteveld), met hun toegankelijkheid en bevolking.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="160" />
        <source>Unique id of each unit, e.g. FR:59350 or BE:57081. Belgian ids carry the REFNIS code the region is read from.</source>
        <translation>Uniek id van elke eenheid, bv. FR:59350 of BE:57081. Belgische id's bevatten de REFNIS-code waaruit het gewest wordt afgeleid.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="163" />
        <source>Accessibility field</source>
        <translation>Toegankelijkheidsveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="171" />
        <source>National-only accessibility field</source>
        <translation>Veld met enkel nationale toegankelijkheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="188" />
        <source>Country field</source>
        <translation>Landveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="188" />
        <source>FR or BE. Leave empty to read the country from the id prefix (FR:…, BE:…).</source>
        <translation>FR of BE. Leeg laten om het land af te leiden uit het voorvoegsel van het id (FR:…, BE:…).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="193" />
        <source>Inhabitants of each unit.</source>
        <translation>Inwoners van elke eenheid.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="194" />
        <source>Standardised population field</source>
        <translation>Veld gestandaardiseerde bevolking</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="200" />
        <source>Area field (km²)</source>
        <translation>Oppervlakteveld (km²)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="200" />
        <source>Optional: area of each unit in km², for the Flemish density rule. Without it the area is computed from the polygons in the analysis CRS (field area_km2).</source>
        <translation>Optioneel: oppervlakte van elke eenheid in km², voor de Vlaamse dichtheidsregel. Zonder dit veld wordt de oppervlakte berekend uit de polygonen in het analyse-CRS (veld area_km2).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="206" />
        <source>Belgian region field</source>
        <translation>Veld Belgisch gewest</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="206" />
        <source>Optional: FL, WAL or BXL for Belgian units; where empty, the region is read from the REFNIS code.</source>
        <translation>Optioneel: FL, WAL of BXL voor Belgische eenheden; waar het leeg is, wordt het gewest afgeleid uit de REFNIS-code.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="212" />
        <source>REFNIS code field</source>
        <translation>Veld REFNIS-code</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="212" />
        <source>Optional: the 5-digit REFNIS (NIS) code of Belgian units. Without it the code is read from the id (BE:57081).</source>
        <translation>Optioneel: de 5-cijferige REFNIS-code (NIS-code) van Belgische eenheden. Zonder dit veld wordt de code afgeleid uit het id (BE:57081).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="218" />
        <source>Territoire de vie-santé field (TVS rule)</source>
        <translation>Veld territoire de vie-santé (TVS-regel)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="231" />
        <source>Summary group field</source>
        <translation>Groeperingsveld voor de samenvatting</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="231" />
        <source>Optional: group the deficiency list by this field as well, e.g. a basin or ZOAST code.</source>
        <translation>Optioneel: groepeer de lijst van tekorten ook volgens dit veld, bv. een zorgbekken- of ZOAST-code.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="258" />
        <source>Wallonia: FTE GPs per 100,000 below this → severe shortage. Impulseo: 50.</source>
        <translation>Wallonië: huisartsen in VTE per 100.000 onder deze waarde → ernstig tekort. Impulseo: 50.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="258" />
        <source>Wallonia: from this many FTE GPs per 100,000 → no shortage. Impulseo: 90.</source>
        <translation>Wallonië: vanaf zoveel huisartsen in VTE per 100.000 → geen tekort. Impulseo: 90.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="272" />
        <source>France: ZIP below (APL)</source>
        <translation>Frankrijk: ZIP onder (APL)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="272" />
        <source>France: ZAC up to (APL)</source>
        <translation>Frankrijk: ZAC tot en met (APL)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="272" />
        <source>Wallonia: severe shortage below (per 100,000)</source>
        <translation>Wallonië: ernstig tekort onder (per 100.000)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="272" />
        <source>Wallonia: no shortage from (per 100,000)</source>
        <translation>Wallonië: geen tekort vanaf (per 100.000)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="272" />
        <source>Flanders: priority zone below (per 100,000)</source>
        <translation>Vlaanderen: prioritaire zone onder (per 100.000)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="272" />
        <source>Flanders: low density below (inhabitants/km²)</source>
        <translation>Vlaanderen: lage dichtheid onder (inwoners/km²)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="272" />
        <source>Flanders: low-density priority zone below (per 100,000)</source>
        <translation>Vlaanderen: prioritaire zone bij lage dichtheid onder (per 100.000)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="272" />
        <source>France: activity of one FTE GP (acts per year)</source>
        <translation>Frankrijk: activiteit van één voltijdse huisarts (VTE; prestaties per jaar)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="289" />
        <source>Scale of French accessibility</source>
        <translation>Schaal van de Franse toegankelijkheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="296" />
        <source>Scale of Belgian accessibility</source>
        <translation>Schaal van de Belgische toegankelijkheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="365" />
        <source>Reading the units…</source>
        <translation>Eenheden inlezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="371" />
        <source>Territorial units</source>
        <translation>Territoriale eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="380" />
        <source>No area field given: areas computed from the polygons in {crs}.</source>
        <translation>Geen oppervlakteveld opgegeven: oppervlakten berekend uit de polygonen in {crs}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="387" />
        <source>Classifying the units…</source>
        <translation>Eenheden classificeren…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="408" />
        <source>All units</source>
        <translation>Alle eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="433" />
        <source>Writing {count} units…</source>
        <translation>{count} eenheden wegschrijven…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="105" />
        <source>The units with their attributes and the official classes: country, region, rule, rule_label, gap_class, gap_label, severity (2 severe, 1 shortage, 0 none, -1 not judged), indicator_unit (the unit's own official indicator), indicator (the value judged: the TVS mean in France), indicator_kind, tvs, need, gp_fte_in_unit, gp_under_65_in_unit, threshold, shortfall_fte, shortfall_unit (FTE_EQUIVALENT in France, FTE in Wallonia, GP in Flanders), common_score. Then the analytical classes on the accessibility: an_access, an_class, an_severity, an_shortfall_fte; with a national-only accessibility also an_access_national, an_class_national, an_severity_national, an_shortfall_fte_national, border_gain, class_changed, severity_change, zoast_member.</source>
        <translation>De eenheden met hun attributen en de officiële klassen: country, region, rule, rule_label, gap_class, gap_label, severity (2 ernstig, 1 tekort, 0 geen, -1 niet beoordeeld), indicator_unit (de eigen officiële indicator van de eenheid), indicator (de beoordeelde waarde: het TVS-gemiddelde in Frankrijk), indicator_kind, tvs, need, gp_fte_in_unit, gp_under_65_in_unit, threshold, shortfall_fte, shortfall_unit (FTE_EQUIVALENT in Frankrijk, FTE in Wallonië, GP in Vlaanderen), common_score. Daarna de analytische klassen op de toegankelijkheid: an_access, an_class, an_severity, an_shortfall_fte; met een nationale toegankelijkheid ook an_access_national, an_class_national, an_severity_national, an_shortfall_fte_national, border_gain, class_changed, severity_change, zoast_member.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="118" />
        <source>Units, population and shortfall per group, country and official class, most severe first, with a total row ALL per country (shortfalls are never added across countries).</source>
        <translation>Eenheden, bevolking en tekort per groep, land en officiële klasse, de ernstigste eerst, met een totaalrij ALL per land (tekorten worden nooit over landen heen samengeteld).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="125" />
        <source>Who gains and who loses from the border</source>
        <translation>Wie wint en wie verliest door de grens</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="125" />
        <source>With a national-only accessibility: per country and ZOAST membership (1 member, 0 not, ALL), the units, population, mean access without and with the border, the units and inhabitants gaining and losing, and the analytical shortfall without and with the border — each country in its own unit (APL and FTE-equivalents in France, FTE per 100,000 and FTE in Belgium).</source>
        <translation>Met een nationale toegankelijkheid: per land en ZOAST-lidmaatschap (1 lid, 0 niet, ALL) de eenheden, de bevolking, de gemiddelde toegankelijkheid zonder en met de grens, de eenheden en inwoners die winnen en verliezen, en het analytische tekort zonder en met de grens — elk land in zijn eigen eenheid (APL en VTE-equivalenten in Frankrijk, VTE per 100.000 en VTE in België).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="134" />
        <source>Official shortfall, all countries (FTE, GPs and French FTE-equivalents)</source>
        <translation>Officieel tekort, alle landen (VTE, huisartsen en Franse VTE-equivalenten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="134" />
        <source>Official shortfall in France (FTE-equivalents)</source>
        <translation>Officieel tekort in Frankrijk (VTE-equivalenten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="134" />
        <source>Official shortfall in Wallonia (FTE)</source>
        <translation>Officieel tekort in Wallonië (VTE)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="134" />
        <source>Official shortfall in Flanders (GPs under 65)</source>
        <translation>Officieel tekort in Vlaanderen (huisartsen jonger dan 65)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="134" />
        <source>Analytical shortfall with the border (FTE and FTE-equivalents)</source>
        <translation>Analytisch tekort met de grens (VTE en VTE-equivalenten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="134" />
        <source>Analytical shortfall with national supply only (FTE and FTE-equivalents)</source>
        <translation>Analytisch tekort met enkel nationaal aanbod (VTE en VTE-equivalenten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="163" />
        <source>The accessibility of each unit, as zoast:apl (France: APL) and zoast:accessibility (Belgium: FTE per 100,000) write it, with the field &lt;name&gt;_kind saying what it measures. It gives the analytical classes and, without a national-only field, the French APL of the official class. A value that does not fit its country's rule is refused, with the algorithm to run.</source>
        <translation>De toegankelijkheid van elke eenheid, zoals zoast:apl (Frankrijk: APL) en zoast:accessibility (België: VTE per 100.000) ze schrijven, met het veld &lt;naam&gt;_kind dat zegt wat ze meet. Ze geeft de analytische klassen en, zonder nationaal veld, de Franse APL van de officiële klasse. Een waarde die niet bij de regel van haar land past, wordt geweigerd, met het algoritme dat u moet uitvoeren.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="171" />
        <source>Optional: the accessibility with national supply only (a second run with the border mode 'never'). The official French zoning reads this APL; with it the border effect is computed (border_gain, class change, who gains and who loses).</source>
        <translation>Optioneel: de toegankelijkheid met enkel nationaal aanbod (een tweede uitvoering met de grensmodus 'nooit'). De officiële Franse zonering leest deze APL; ermee wordt het grenseffect berekend (border_gain, klassewijziging, wie wint en wie verliest).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="178" />
        <source>Indicator type</source>
        <translation>Type indicator</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="178" />
        <source>Read it from the field &lt;accessibility field&gt;_kind</source>
        <translation>Lezen uit het veld &lt;toegankelijkheidsveld&gt;_kind</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="178" />
        <source>I state it: APL in France, GPs per 100,000 in Belgium</source>
        <translation>Ik geef het op: APL in Frankrijk, huisartsen per 100.000 in België</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="178" />
        <source>zoast:accessibility and zoast:apl write next to access a field access_kind (e.g. APL;border=zoast;weight=0.013). By default it is read and checked. Choose the second option only for a layer of your own whose values you know to be in those units.</source>
        <translation>zoast:accessibility en zoast:apl schrijven naast access een veld access_kind (bv. APL;border=zoast;weight=0.013). Standaard wordt het gelezen en gecontroleerd. Kies de tweede optie enkel voor een eigen laag waarvan u weet dat de waarden in die eenheden staan.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="194" />
        <source>Optional: the age-standardised population (field need of zoast:needs), used to turn the French APL shortfall into FTE-equivalents. Without it the population is used.</source>
        <translation>Optioneel: de naar leeftijd gestandaardiseerde bevolking (veld need van zoast:needs), om het Franse APL-tekort om te rekenen naar VTE-equivalenten. Zonder dit veld wordt de bevolking gebruikt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="218" />
        <source>The territoire de vie-santé (TVS) of each French commune: the French zoning judges a commune by the population-weighted mean APL of its TVS. When the layer has no such field, communes are judged on their own APL (with a warning).</source>
        <translation>Het territoire de vie-santé (TVS, Franse zorgzone) van elke Franse gemeente: de Franse zonering beoordeelt een gemeente op het naar bevolking gewogen gemiddelde APL van haar TVS. Heeft de laag geen zulk veld, dan worden gemeenten op hun eigen APL beoordeeld (met een waarschuwing).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="225" />
        <source>ZOAST member field</source>
        <translation>ZOAST-lidveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="225" />
        <source>1 for a unit in a ZOAST agreement (written by zoast:accessibility in the ZOAST mode). Splits who gains and who loses into members and non-members.</source>
        <translation>1 voor een eenheid in een ZOAST-overeenkomst (geschreven door zoast:accessibility in de ZOAST-modus). Splitst wie wint en wie verliest in leden en niet-leden.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="238" />
        <source>GP practices (Belgian official count)</source>
        <translation>Huisartspraktijken (officiële Belgische telling)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="238" />
        <source>One point per GP. The Walloon rule counts the FTE GPs located in each municipality, the Flemish rule the GPs under 65 located in it. Needed when the units include Walloon or Flemish municipalities.</source>
        <translation>Eén punt per huisarts. De Waalse regel telt de VTE huisartsen gevestigd in elke gemeente, de Vlaamse regel de huisartsen jonger dan 65 die er gevestigd zijn. Nodig als de eenheden Waalse of Vlaamse gemeenten bevatten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="246" />
        <source>GP full-time equivalent field</source>
        <translation>Veld voltijdsequivalent van de huisarts</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="246" />
        <source>FTE of each GP (1 FTE = 10 half-days a week), for the Walloon rule.</source>
        <translation>VTE van elke huisarts (1 VTE = 10 halve dagen per week), voor de Waalse regel.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="249" />
        <source>GP aged 65 or over field</source>
        <translation>Veld huisarts van 65 jaar of ouder</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="249" />
        <source>True (1) for a GP aged 65 or more: the Flemish rule counts GPs under 65. Without it every GP is counted (with a warning).</source>
        <translation>Waar (1) voor een huisarts van 65 jaar of ouder: de Vlaamse regel telt huisartsen jonger dan 65. Zonder dit veld wordt elke huisarts geteld (met een waarschuwing).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="253" />
        <source>GP: id of the unit where it lies</source>
        <translation>Huisarts: id van de eenheid waarin hij ligt</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="253" />
        <source>Optional. Without it, each GP is placed in the unit polygon containing it.</source>
        <translation>Optioneel. Zonder dit veld komt elke huisarts in de polygoon van de eenheid waarin hij ligt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="258" />
        <source>France: APL below this → potential priority intervention zone (ZIP). 2017 rule: 2.5.</source>
        <translation>Frankrijk: APL onder deze waarde → potentiële prioritaire interventiezone (ZIP). Regel van 2017: 2,5.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="258" />
        <source>France: APL up to this (inclusive) → potential complementary action zone (ZAC); above → outside the zoning. 2017 rule: 4.</source>
        <translation>Frankrijk: APL tot en met deze waarde → potentiële zone voor aanvullende actie (ZAC); daarboven → buiten de zonering. Regel van 2017: 4.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="258" />
        <source>Flanders: GPs under 65 per 100,000 below this → priority zone. Departement Zorg: 90.</source>
        <translation>Vlaanderen: huisartsen jonger dan 65 per 100.000 onder deze waarde → prioritaire zone. Departement Zorg: 90.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="258" />
        <source>Flanders: below this density (inhabitants/km²) a municipality is low-density. Departement Zorg: 125.</source>
        <translation>Vlaanderen: onder deze dichtheid (inwoners/km²) is een gemeente dunbevolkt. Departement Zorg: 125.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="258" />
        <source>Flanders: a low-density municipality below this many GPs under 65 per 100,000 → priority zone. Departement Zorg: 120.</source>
        <translation>Vlaanderen: een dunbevolkte gemeente onder dit aantal huisartsen jonger dan 65 per 100.000 → prioritaire zone. Departement Zorg: 120.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="258" />
        <source>France: consultations and visits per year of one full-time GP, to turn an APL shortfall into FTE-equivalents. Illustrative default: 4,500.</source>
        <translation>Frankrijk: raadplegingen en huisbezoeken per jaar van één voltijdse huisarts, om een APL-tekort om te rekenen naar VTE-equivalenten. Illustratieve standaardwaarde: 4.500.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="289" />
        <source>French accessibility is multiplied by this (1 for the APL of zoast:apl).</source>
        <translation>De Franse toegankelijkheid wordt met deze factor vermenigvuldigd (1 voor de APL van zoast:apl).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="296" />
        <source>Belgian accessibility is multiplied by this (1 for FTE per 100,000; FTE per inhabitant is converted from its kind).</source>
        <translation>De Belgische toegankelijkheid wordt met deze factor vermenigvuldigd (1 voor VTE per 100.000; VTE per inwoner wordt volgens het type omgerekend).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="326" />
        <source>Field '{field}' has no companion field '{kind}' saying what it measures, so it cannot be checked against the rules. Use the output of zoast:apl (France) or zoast:accessibility (Belgium), or set the indicator type to state it.</source>
        <translation>Veld '{field}' heeft geen begeleidend veld '{kind}' dat zegt wat het meet, dus het kan niet aan de regels getoetst worden. Gebruik de uitvoer van zoast:apl (Frankrijk) of zoast:accessibility (België), of geef het type indicator op.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="361" />
        <source>No territoire de vie-santé field: French communes are judged on their own APL. The French zoning judges the population-weighted mean APL of each TVS: give the TVS field (BASIN_FIELD).</source>
        <translation>Geen veld territoire de vie-santé: Franse gemeenten worden op hun eigen APL beoordeeld. De Franse zonering beoordeelt het naar bevolking gewogen gemiddelde APL van elk TVS: geef het TVS-veld (BASIN_FIELD).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="410" />
        <source>The French official class is judged on an APL that counts supply across the border ({border}); the French zoning counts French supply only. Give the national-only APL as the national accessibility field.</source>
        <translation>De officiële Franse klasse wordt beoordeeld op een APL die aanbod over de grens telt ({border}); de Franse zonering telt enkel Frans aanbod. Geef de nationale APL als veld voor de nationale toegankelijkheid.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="421" />
        <source>No GP age field: the Flemish rule counted every GP of {count} Flemish unit(s), not only those under 65.</source>
        <translation>Geen leeftijdsveld voor de huisartsen: de Vlaamse regel telde alle huisartsen van {count} Vlaamse eenhe(i)d(en), niet enkel die jonger dan 65.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="483" />
        <source>GP practices</source>
        <translation>Huisartspraktijken</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="492" />
        <source>{count} GP(s) lie in no unit of the layer: not counted.</source>
        <translation>{count} huisarts(en) liggen in geen enkele eenheid van de laag: niet geteld.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="496" />
        <source>{count} GP(s) counted in their municipality ({fte} FTE).</source>
        <translation>{count} huisarts(en) geteld in hun gemeente ({fte} VTE).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="502" />
        <source>The border does not add supply: the same supply is redistributed. Member units gain access across the border; residents on the other side compete with them and lose as much.</source>
        <translation>De grens voegt geen aanbod toe: hetzelfde aanbod wordt herverdeeld. Lideenheden winnen toegankelijkheid over de grens; de inwoners aan de overkant delen met hen en verliezen evenveel.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="506" />
        <source>{country}: mean access {national:.3g} → {zoast:.3g} ({unit}); {gaining} unit(s) gain, {losing} lose.</source>
        <translation>{country}: gemiddelde toegankelijkheid {national:.3g} → {zoast:.3g} ({unit}); {gaining} eenhe(i)d(en) winnen, {losing} verliezen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="320" />
        <source>The units have no accessibility field '{field}'. Run zoast:apl (France) or zoast:accessibility (Belgium) on them first and give its output, or choose the field that holds the accessibility.</source>
        <translation>De eenheden hebben geen toegankelijkheidsveld '{field}'. Voer eerst zoast:apl (Frankrijk) of zoast:accessibility (België) op ze uit en geef de uitvoer ervan, of kies het veld dat de toegankelijkheid bevat.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="416" />
        <source>No standardised population field (NEED_FIELD): the French shortfall in FTE-equivalents of {count} French unit(s) uses the raw population, and their need column repeats it. Run zoast:needs and give its field need.</source>
        <translation>Geen veld gestandaardiseerde bevolking (NEED_FIELD): het Franse tekort in VTE-equivalenten van {count} Franse eenhe(i)d(en) gebruikt de ruwe bevolking, en hun kolom need herhaalt die. Voer zoast:needs uit en geef zijn veld need.</translation>
    </message>
</context>
<context>
    <name>ImportFinessAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="78" />
        <source>Encoding</source>
        <translation>Codering</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="86" />
        <source>Import despite encoding problems</source>
        <translation>Importeren ondanks coderingsproblemen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="86" />
        <source>By default lines that do not decode cleanly with the encoding stop the import (a wrong encoding would spoil every accented name). Tick to import anyway: those lines are listed in the issues table.</source>
        <translation>Standaard stoppen regels die niet foutloos met de codering gedecodeerd kunnen worden de import (een verkeerde codering zou elke naam met accenten verminken). Vink aan om toch te importeren: die regels worden opgesomd in de tabel met problemen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="102" />
        <source>Output CRS</source>
        <translation>Uitvoer-CRS</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="102" />
        <source>CRS of the output points. Lambert-93 (EPSG:2154), the CRS of metropolitan records, by default. Records in another CRS (the overseas UTM zones) are reprojected to it: for a file with overseas departments choose a CRS valid everywhere, e.g. EPSG:4326.</source>
        <translation>CRS van de uitvoerpunten. Standaard Lambert-93 (EPSG:2154), het CRS van de records in Europees Frankrijk. Records in een ander CRS (de UTM-zones van de overzeese gebieden) worden ernaar geherprojecteerd: kies voor een bestand met overzeese departementen een CRS dat overal geldig is, bv. EPSG:4326.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="121" />
        <source>FINESS establishments</source>
        <translation>FINESS-instellingen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="121" />
        <source>One point per establishment with coordinates: supply_id (= nofinesset), nofinesset, nofinessej, name, categetab, libcategetab, category, commune (INSEE code), departement, siret, dateouv, country (FR), line.</source>
        <translation>Eén punt per instelling met coördinaten: supply_id (= nofinesset), nofinesset, nofinessej, name, categetab, libcategetab, category, commune (INSEE-code), departement, siret, dateouv, country (FR), line.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="129" />
        <source>FINESS records with issues</source>
        <translation>FINESS-records met problemen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="137" />
        <source>Establishments with coordinates (points written)</source>
        <translation>Instellingen met coördinaten (geschreven punten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="137" />
        <source>Establishments without usable coordinates</source>
        <translation>Instellingen zonder bruikbare coördinaten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="137" />
        <source>Issues listed</source>
        <translation>Opgesomde problemen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="137" />
        <source>Establishments with a category code missing from the mapping</source>
        <translation>Instellingen met een categoriecode die ontbreekt in de omzettingstabel</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="159" />
        <source>Reading the FINESS file…</source>
        <translation>FINESS-bestand inlezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="223" />
        <source>FINESS file '{path}' cannot be read ({error}). Check the path and that you may read the file.</source>
        <translation>FINESS-bestand '{path}' kan niet gelezen worden ({error}). Controleer het pad en of u het bestand mag lezen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="297" />
        <source>Parameter ENCODING: '{encoding}' is not a known encoding. Use latin-1 (the encoding of the published extract) or utf-8.</source>
        <translation>Parameter ENCODING: '{encoding}' is geen gekende codering. Gebruik latin-1 (de codering van het gepubliceerde extract) of utf-8.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="309" />
        <source>The file looks like UTF-8: set ENCODING to utf-8.</source>
        <translation>Het bestand lijkt UTF-8 te zijn: stel ENCODING in op utf-8.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="311" />
        <source>Set ENCODING to the file's encoding (the published extract is latin-1).</source>
        <translation>Stel ENCODING in op de codering van het bestand (het gepubliceerde extract is latin-1).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="312" />
        <source>FINESS file: {count} line(s) do not decode cleanly with the encoding '{encoding}', first lines: {lines}. {advice} Or tick 'Import despite encoding problems' to import anyway and list them in the issues table.</source>
        <translation>FINESS-bestand: {count} regel(s) kunnen niet foutloos gedecodeerd worden met de codering '{encoding}', eerste regels: {lines}. {advice} Of vink 'Importeren ondanks coderingsproblemen' aan om toch te importeren en ze op te sommen in de tabel met problemen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="415" />
        <source>coordinates that cannot be transformed to the output CRS (no point)</source>
        <translation>coördinaten die niet naar het uitvoer-CRS getransformeerd kunnen worden (geen punt)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="425" />
        <source>{count} issue(s) listed in the issues table:</source>
        <translation>{count} probleem/problemen opgesomd in de tabel met problemen:</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="428" />
        <source>line {line} ({id})</source>
        <translation>regel {line} ({id})</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="432" />
        <source>  {count} × {reason} [{code}], e.g. {examples}</source>
        <translation>  {count} × {reason} [{code}], bv. {examples}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="65" />
        <source>Import FINESS establishments (Structures feed or CSV extract)</source>
        <translation>FINESS-instellingen importeren (Structures-feed of CSV-extract)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="68" />
        <source>FINESS file (Structures feed or geolocated extract)</source>
        <translation>FINESS-bestand (Structures-feed of gegeolokaliseerd extract)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="68" />
        <source>FINESS files (*.json *.csv *.txt);;All files (*.*)</source>
        <translation>FINESS-bestanden (*.json *.csv *.txt);;Alle bestanden (*.*)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="68" />
        <source>Today: the FINESS Structures feed finess-structures-*.json from data.gouv.fr (JSON, UTF-8). Also read: the former geolocated extract etalab-cs1100507-stock-*.csv (';'-separated 'structureet' and 'geolocalisation' records, no longer refreshed since the new FINESS), for archives. The format is recognised from the content.</source>
        <translation>Vandaag: de FINESS Structures-feed finess-structures-*.json van data.gouv.fr (JSON, UTF-8). Ook gelezen: het vroegere gegeolokaliseerde extract etalab-cs1100507-stock-*.csv (records 'structureet' en 'geolocalisation' gescheiden door ';', niet meer bijgewerkt sinds de nieuwe FINESS), voor archieven. Het formaat wordt herkend aan de inhoud.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="78" />
        <source>Character encoding of the CSV extract: latin-1 (read as Windows-1252, so ’ and Œ come out right) for the published extract, utf-8 for a file re-saved as UTF-8. The JSON feed is always UTF-8.</source>
        <translation>Tekencodering van het CSV-extract: latin-1 (gelezen als Windows-1252, zodat ’ en Œ juist verschijnen) voor het gepubliceerde extract, utf-8 voor een bestand dat opnieuw als UTF-8 is opgeslagen. De JSON-feed is altijd UTF-8.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="95" />
        <source>Optional: a table mapping FINESS category codes (categetab of the extract, or TRE-R397 categorieentiteGeographiqueExercice of the feed) to ZOAST categories (fields code and category). Without it the packaged table of the format is used (resources/categories); codes missing from the table get the category 'other' and are counted.</source>
        <translation>Optioneel: een tabel die FINESS-categoriecodes (categetab van het extract, of TRE-R397 categorieentiteGeographiqueExercice van de feed) koppelt aan ZOAST-categorieën (velden code en category). Zonder tabel wordt de meegeleverde tabel van het formaat gebruikt (resources/categories); codes die er niet in staan krijgen de categorie 'other' en worden geteld.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="109" />
        <source>Feed: tolerated gap between the two positions of a record (m)</source>
        <translation>Feed: toegestaan verschil tussen de twee posities van een record (m)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="109" />
        <source>The Structures feed gives a record's position twice: latitude/longitude and a projected pair. When both are usable and lie farther apart than this, the record is listed (positions_disagree, with the distance); its point keeps the latitude/longitude. 100 m by default: a street number's width, far above the rounding of either.</source>
        <translation>De Structures-feed geeft de positie van een record twee keer: breedte-/lengtegraad en een geprojecteerd paar. Als beide bruikbaar zijn en verder uit elkaar liggen dan deze waarde, wordt het record opgesomd (positions_disagree, met de afstand); het punt behoudt breedte- en lengtegraad. Standaard 100 m: de breedte van een huisnummer, ver boven de afronding van elk van beide.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="129" />
        <source>One row per record left out or read with a caveat: line, nofinesset, reason (a stable code: closed, no_coordinates, swapped_coordinates, outside_area_of_use, outside_scope…), reason_text (in the interface language), detail.</source>
        <translation>Eén rij per weggelaten of met voorbehoud gelezen record: line, nofinesset, reason (een vaste code: closed, no_coordinates, swapped_coordinates, outside_area_of_use, outside_scope…), reason_text (in de taal van de interface), detail.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="152" />
        <source>Parameter OUTPUT_CRS: '{crs}' is not a valid coordinate reference system. Give an authority id such as EPSG:2154 or EPSG:4326.</source>
        <translation>Parameter OUTPUT_CRS: '{crs}' is geen geldig coördinatenreferentiesysteem. Geef een autoriteits-id zoals EPSG:2154 of EPSG:4326.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="175" />
        <source>Checking the positions…</source>
        <translation>Controle van de posities…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="239" />
        <source>File '{path}' is not a FINESS file: it holds binary data, not text. Choose the FINESS Structures feed (.json) or the geolocated CSV extract.</source>
        <translation>Bestand '{path}' is geen FINESS-bestand: het bevat binaire gegevens, geen tekst. Kies de FINESS Structures-feed (.json) of het gegeolokaliseerde CSV-extract.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="260" />
        <source>FINESS extract of {date}: {lines} line(s) read, {establishments} establishment(s), {{points}} with coordinates written as points.</source>
        <translation>FINESS-extract van {date}: {lines} regel(s) gelezen, {establishments} instelling(en), {{points}} met coördinaten als punten geschreven.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="417" />
        <source>latitude/longitude and the projected pair disagree (point from latitude/longitude)</source>
        <translation>breedte-/lengtegraad en geprojecteerd paar verschillen (punt volgens breedte-/lengtegraad)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="137" />
        <source>Establishments kept (open, each nofinesset once)</source>
        <translation>Behouden instellingen (open, elk nofinesset één keer)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="228" />
        <source>FINESS file '{path}' is empty. Download the FINESS Structures feed (.json) again.</source>
        <translation>FINESS-bestand '{path}' is leeg. Download de FINESS Structures-feed (.json) opnieuw.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="233" />
        <source>File '{path}' is compressed (zip or gzip). Extract the FINESS file it holds (.json or .csv) and choose that file.</source>
        <translation>Bestand '{path}' is gecomprimeerd (zip of gzip). Pak het FINESS-bestand erin uit (.json of .csv) en kies dat bestand.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="283" />
        <source>FINESS Structures feed generated {date}: {entities} legal entit(y/ies), {read} establishment(s) read, {establishments} kept (open, each nofinesset once), {{points}} written as points.</source>
        <translation>FINESS Structures-feed aangemaakt op {date}: {entities} juridische entiteit(en), {read} instelling(en) gelezen, {establishments} behouden (open, elk nofinesset één keer), {{points}} als punten geschreven.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="371" />
        <source>{count} establishment(s) lie outside the area of use of the output CRS {crs}, first: {ids}. Their points are written but distorted there; for a file with overseas departments choose an OUTPUT_CRS valid everywhere, e.g. EPSG:4326.</source>
        <translation>{count} instelling(en) buiten het gebruiksgebied van het uitvoer-CRS {crs}, eerste: {ids}. Hun punten worden geschreven maar zijn daar vervormd; kies voor een bestand met overzeese departementen een OUTPUT_CRS dat overal geldt, bv. EPSG:4326.</translation>
    </message>
</context>
<context>
    <name>ImportPointsAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="63" />
        <source>Import care points from a table (X/Y columns)</source>
        <translation>Zorgpunten importeren uit een tabel (X/Y-kolommen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="185" />
        <source>Table of care points</source>
        <translation>Tabel met zorgpunten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="66" />
        <source>A CSV file or table with one row per care point (GP practice, hospital, pharmacy…), with coordinate columns, or a point layer of addresses already geocoded.</source>
        <translation>Een CSV-bestand of tabel met één rij per zorgpunt (huisartsenpraktijk, ziekenhuis, apotheek…), met coördinaatkolommen, of een puntlaag met reeds gegeocodeerde adressen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="72" />
        <source>X (longitude / easting) field</source>
        <translation>X-veld (lengtegraad / oostwaarde)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="72" />
        <source>Column of the X coordinate, in the CRS below; a decimal comma is accepted. Leave X and Y empty to use the geometry of a point layer.</source>
        <translation>Kolom van de X-coördinaat, in het CRS hieronder; een decimale komma wordt aanvaard. Laat X en Y leeg om de geometrie van een puntlaag te gebruiken.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="75" />
        <source>Y (latitude / northing) field</source>
        <translation>Y-veld (breedtegraad / noordwaarde)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="75" />
        <source>Column of the Y coordinate, in the CRS below.</source>
        <translation>Kolom van de Y-coördinaat, in het CRS hieronder.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="77" />
        <source>CRS of the coordinates</source>
        <translation>CRS van de coördinaten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="77" />
        <source>CRS of the X/Y columns, also the CRS of the output: WGS 84 (EPSG:4326) for longitude/latitude, Belgian Lambert 72 (EPSG:31370) or 2008 (EPSG:3812), Lambert-93 (EPSG:2154). Ignored when the geometry of the layer is used.</source>
        <translation>CRS van de X/Y-kolommen, tevens het CRS van de uitvoer: WGS 84 (EPSG:4326) voor lengte-/breedtegraad, Belgische Lambert 72 (EPSG:31370) of 2008 (EPSG:3812), Lambert-93 (EPSG:2154). Genegeerd wanneer de geometrie van de laag gebruikt wordt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="91" />
        <source>Id field</source>
        <translation>Id-veld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="91" />
        <source>Optional: unique id of each point (e.g. the INAMI/RIZIV number). Without it the feature id of the row is used. Duplicate ids stop the import.</source>
        <translation>Optioneel: uniek id van elk punt (bv. het INAMI/RIZIV-nummer). Zonder dit veld wordt het object-id van de rij gebruikt. Dubbele id's stoppen de import.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="95" />
        <source>Category field</source>
        <translation>Categorieveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="95" />
        <source>Optional: the source's category code or label, mapped to a ZOAST category by the mapping table; without a table its values must already be ZOAST categories (lower-case words such as gp, hospital).</source>
        <translation>Optioneel: de categoriecode of het label van de bron, via de omzettingstabel omgezet naar een ZOAST-categorie; zonder tabel moeten de waarden al ZOAST-categorieën zijn (woorden in kleine letters zoals gp, hospital).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="100" />
        <source>Optional: a table mapping the source's codes or labels (field code) to ZOAST categories (field category). Codes missing from it get the default category and are counted.</source>
        <translation>Optioneel: een tabel die de codes of labels van de bron (veld code) koppelt aan ZOAST-categorieën (veld category). Codes die erin ontbreken, krijgen de standaardcategorie en worden geteld.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="105" />
        <source>Default category</source>
        <translation>Standaardcategorie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="105" />
        <source>Category of the rows with no category: every row when no category field is given (e.g. gp for a list of GPs), else rows with an empty code or a code missing from the mapping table.</source>
        <translation>Categorie van de rijen zonder categorie: elke rij wanneer geen categorieveld is opgegeven (bv. gp voor een lijst van huisartsen), anders de rijen met een lege code of een code die ontbreekt in de omzettingstabel.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="112" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="112" />
        <source>Country code of every point, e.g. BE or FR; where a country field is given, used for its empty values.</source>
        <translation>Landcode van elk punt, bv. BE of FR; wanneer een landveld is opgegeven, gebruikt voor de lege waarden ervan.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="118" />
        <source>Country field</source>
        <translation>Landveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="118" />
        <source>Optional: field holding the country code (FR, BE…) of each point.</source>
        <translation>Optioneel: veld met de landcode (FR, BE…) van elk punt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="121" />
        <source>FTE field</source>
        <translation>VTE-veld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="121" />
        <source>Optional: full-time equivalents of each point (written as fte).</source>
        <translation>Optioneel: voltijdse equivalenten van elk punt (geschreven als fte).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="123" />
        <source>Beds field</source>
        <translation>Beddenveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="123" />
        <source>Optional: number of beds of each point (written as beds).</source>
        <translation>Optioneel: aantal bedden van elk punt (geschreven als beds).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="125" />
        <source>Supply points</source>
        <translation>Aanbodpunten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="125" />
        <source>One point per usable row: supply_id, category, country, fte and beds (when their fields are given), then the input's fields.</source>
        <translation>Eén punt per bruikbare rij: supply_id, category, country, fte en beds (wanneer hun velden zijn opgegeven), gevolgd door de velden van de invoer.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="132" />
        <source>Rejected rows</source>
        <translation>Geweigerde rijen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="140" />
        <source>Points written</source>
        <translation>Geschreven punten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="140" />
        <source>Rows rejected</source>
        <translation>Aantal geweigerde rijen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="140" />
        <source>Points with a category code missing from the mapping</source>
        <translation>Punten met een categoriecode die ontbreekt in de omzettingstabel</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="152" />
        <source>Give both X_FIELD and Y_FIELD, or neither to use the geometry of a point layer.</source>
        <translation>Geef zowel X_FIELD als Y_FIELD op, of geen van beide om de geometrie van een puntlaag te gebruiken.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="157" />
        <source>Give the country of the points: COUNTRY (e.g. BE) or COUNTRY_FIELD.</source>
        <translation>Geef het land van de punten op: COUNTRY (bv. BE) of COUNTRY_FIELD.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="166" />
        <source>A mapping table is given but no category field: the table is not used.</source>
        <translation>Er is een omzettingstabel opgegeven maar geen categorieveld: de tabel wordt niet gebruikt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="172" />
        <source>The input has no point geometry: choose its X_FIELD and Y_FIELD columns.</source>
        <translation>De invoer heeft geen puntgeometrie: kies de kolommen X_FIELD en Y_FIELD.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="184" />
        <source>Reading the table…</source>
        <translation>Tabel inlezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="228" />
        <source>{points} point(s) written, {rejected} row(s) rejected.</source>
        <translation>{points} punt(en) geschreven, {rejected} rij(en) geweigerd.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="233" />
        <source>  {count} row(s) rejected: {reason}, e.g. rows {rows}</source>
        <translation>  {count} rij(en) geweigerd: {reason}, bv. rijen {rows}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="299" />
        <source>Field '{field}': {count} row(s) with no country, first ids: {ids}. Fill them or give COUNTRY for them.</source>
        <translation>Veld '{field}': {count} rij(en) zonder land, eerste id's: {ids}. Vul ze in of geef COUNTRY voor die rijen op.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="84" />
        <source>Encoding of the file</source>
        <translation>Codering van het bestand</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="84" />
        <source>Character encoding of a CSV or text file, e.g. utf-8, windows-1252 or latin-1 (read as windows-1252, so ’ and Œ come out right). Empty: the layer's own encoding (Layer Properties &gt; Source). Text that does not decode stops the import and names the line.</source>
        <translation>Tekencodering van een CSV- of tekstbestand, bv. utf-8, windows-1252 of latin-1 (gelezen als windows-1252, zodat ’ en Œ juist verschijnen). Leeg: de codering van de laag zelf (Laageigenschappen &gt; Bron). Tekst die niet te decoderen is stopt de import en noemt de regel.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="132" />
        <source>One row per input row not imported: row (feature id), supply_id, reason (no_coordinates, bad_coordinates, no_geometry, bad_capacity, outside_area_of_use, swapped_coordinates, outside_scope) and detail (the values read).</source>
        <translation>Eén rij per niet-geïmporteerde invoerrij: row (object-id), supply_id, reason (no_coordinates, bad_coordinates, no_geometry, bad_capacity, outside_area_of_use, swapped_coordinates, outside_scope) en detail (de gelezen waarden).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="180" />
        <source>ENCODING is used only for a layer read from a file; the input's own text is kept.</source>
        <translation>ENCODING wordt alleen gebruikt voor een laag die uit een bestand gelezen wordt; de tekst van de invoer blijft ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="192" />
        <source>Table of care points: no row to import (the table is empty, or its selection). Choose a table with one row per care point.</source>
        <translation>Tabel met zorgpunten: geen rij om te importeren (de tabel of haar selectie is leeg). Kies een tabel met één rij per zorgpunt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="255" />
        <source>Parameter CRS: '{crs}' is not a valid coordinate reference system. Give an authority id such as EPSG:4326, EPSG:31370 or EPSG:3812.</source>
        <translation>Parameter CRS: '{crs}' is geen geldig coördinatenreferentiesysteem. Geef een autoriteits-id zoals EPSG:4326, EPSG:31370 of EPSG:3812.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="265" />
        <source>Parameter ENCODING: '{encoding}' is not a known encoding. Use utf-8, windows-1252 or latin-1.</source>
        <translation>Parameter ENCODING: '{encoding}' is geen bekende codering. Gebruik utf-8, windows-1252 of latin-1.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="160" />
        <source>Parameter COUNTRY: '{value}' is not a two-letter country code. Give BE, FR, LU…</source>
        <translation>Parameter COUNTRY: '{value}' is geen landcode van twee letters. Geef BE, FR, LU…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="237" />
        <source>{count} row(s) have X/Y in metres, not degrees, while the CRS of the coordinates is {crs}: set CRS to the list's system, e.g. Belgian Lambert 72 (EPSG:31370), Lambert 2008 (EPSG:3812) or Lambert-93 (EPSG:2154).</source>
        <translation>{count} rij(en) hebben X/Y in meter, niet in graden, terwijl het CRS van de coördinaten {crs} is: stel als CRS het systeem van de lijst in, bv. Belgische Lambert 72 (EPSG:31370), Lambert 2008 (EPSG:3812) of Lambert-93 (EPSG:2154).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="306" />
        <source>Field '{field}': {count} row(s) with a country that is not a two-letter code (BE, FR, LU…), first ids: {ids}; values: {values}.</source>
        <translation>Veld '{field}': {count} rij(en) waarvan het land geen code van twee letters is (BE, FR, LU…), eerste id's: {ids}; waarden: {values}.</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="63" />
        <source>(from the start)</source>
        <translation>(vanaf het begin)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="67" />
        <source>The territorial units (communes) to pick member units from.</source>
        <translation>De territoriale eenheden (gemeenten) waaruit aangesloten eenheden worden gekozen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="68" />
        <source>Units layer</source>
        <translation>Eenhedenlaag</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="69" />
        <source>Unit id field</source>
        <translation>Id-veld van de eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="70" />
        <source>Date the units added now join the agreement; empty: from the start.</source>
        <translation>Datum waarop de nu toegevoegde eenheden tot de overeenkomst toetreden; leeg: vanaf het begin.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="73" />
        <source>The hospitals or care facilities to pick member establishments from.</source>
        <translation>De ziekenhuizen of zorgvoorzieningen waaruit aangesloten instellingen worden gekozen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="75" />
        <source>Establishments layer</source>
        <translation>Instellingenlaag</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="76" />
        <source>Establishment id field</source>
        <translation>Id-veld van de instelling</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="77" />
        <source>Date the establishments added now join the agreement; empty: from the start.</source>
        <translation>Datum waarop de nu toegevoegde instellingen tot de overeenkomst toetreden; leeg: vanaf het begin.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="79" />
        <source>FR or BE; when empty, the country is read from the id prefix (FR:59350).</source>
        <translation>FR of BE; indien leeg, wordt het land afgeleid uit het voorvoegsel van het id (FR:59350).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="81" />
        <source>Country field</source>
        <translation>Landveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="82" />
        <source>Members since</source>
        <translation>Lid sinds</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="97" />
        <source>Add selected</source>
        <translation>Selectie toevoegen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="99" />
        <source>Add the features selected on the map in this layer to the agreement.</source>
        <translation>De objecten die in deze laag op de kaart geselecteerd zijn, aan de overeenkomst toevoegen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="100" />
        <source>Remove selected</source>
        <translation>Selectie verwijderen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="102" />
        <source>Remove from the agreement the members selected in the list, or else those selected on the map.</source>
        <translation>De in de lijst geselecteerde leden uit de overeenkomst verwijderen, of anders de leden die op de kaart geselecteerd zijn.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="104" />
        <source>Show on map</source>
        <translation>Tonen op kaart</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="106" />
        <source>Select and flash the agreement's members on the map.</source>
        <translation>De leden van de overeenkomst op de kaart selecteren en laten oplichten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="87" />
        <source>(still a member)</source>
        <translation>(nog lid)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="89" />
        <source>Last day the members chosen in the list are covered (they leave the agreement after it); empty: still members.</source>
        <translation>Laatste dag waarop de in de lijst gekozen leden gedekt zijn (daarna verlaten ze de overeenkomst); leeg: nog lid.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="91" />
        <source>Member until</source>
        <translation>Lid tot</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="107" />
        <source>Set end date</source>
        <translation>Einddatum instellen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="109" />
        <source>Give the members chosen in the list the date of 'Member until' (empty: they stay members).</source>
        <translation>Geef de in de lijst gekozen leden de datum van 'Lid tot' (leeg: ze blijven lid).</translation>
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
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="65" />
        <source>Patient flows across the border</source>
        <translation>Grensoverschrijdende patiëntenstromen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="69" />
        <source>Minimum patients per line</source>
        <translation>Minimum aantal patiënten per lijn</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="69" />
        <source>Draw only the flows with at least this many patients. The summary and the totals still count every flow.</source>
        <translation>Enkel de stromen met minstens zoveel patiënten tekenen. De samenvatting en de totalen tellen nog steeds elke stroom.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="76" />
        <source>Cross-border flows only</source>
        <translation>Enkel grensoverschrijdende stromen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="76" />
        <source>Draw only the flows that cross the border (FR→BE, BE→FR). The summary still has the domestic flows.</source>
        <translation>Enkel de stromen tekenen die de grens overschrijden (FR→BE, BE→FR). De samenvatting bevat nog steeds de binnenlandse stromen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="88" />
        <source>Curved lines</source>
        <translation>Gebogen lijnen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="88" />
        <source>Draw arcs (a flow and its return bow to opposite sides) instead of straight lines.</source>
        <translation>Bogen tekenen (een stroom en zijn terugstroom buigen naar tegenovergestelde kanten) in plaats van rechte lijnen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="93" />
        <source>Width of the largest flow (mm)</source>
        <translation>Breedte van de grootste stroom (mm)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="93" />
        <source>The width field is proportional to the patients, the largest flow getting this width; never less than 0.2 mm.</source>
        <translation>Het breedteveld is evenredig met het aantal patiënten, waarbij de grootste stroom deze breedte krijgt; nooit minder dan 0,2 mm.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="104" />
        <source>Desire lines</source>
        <translation>Wenslijnen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="113" />
        <source>Flows per ZOAST</source>
        <translation>Stromen per ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="122" />
        <source>Cross-border patients</source>
        <translation>Grensoverschrijdende patiënten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="122" />
        <source>Cross-border stays</source>
        <translation>Grensoverschrijdende verblijven</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="122" />
        <source>Cross-border amount (euros)</source>
        <translation>Grensoverschrijdend bedrag (euro)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="122" />
        <source>Desire lines written</source>
        <translation>Geschreven wenslijnen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="122" />
        <source>Flows not drawn (care type, minimum volume, domestic)</source>
        <translation>Niet getekende stromen (zorgtype, minimumvolume, binnenlands)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="122" />
        <source>Flows written without a line (same start and end point)</source>
        <translation>Stromen geschreven zonder lijn (zelfde begin- en eindpunt)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="122" />
        <source>Units and facilities skipped (no geometry or an invalid one)</source>
        <translation>Overgeslagen eenheden en voorzieningen (geen of ongeldige geometrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="152" />
        <source>Parameter AGREEMENT_MEMBERS: the code '{code}' names the whole region in the summary. Rename that agreement.</source>
        <translation>Parameter AGREEMENT_MEMBERS: de code '{code}' staat in de samenvatting voor de hele regio. Geef die overeenkomst een andere code.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="158" />
        <source>No member establishments given: share_inside is left empty.</source>
        <translation>Geen aangesloten instellingen opgegeven: share_inside blijft leeg.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="162" />
        <source>Drawing the desire lines…</source>
        <translation>Wenslijnen tekenen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="172" />
        <source>Summing the flows per ZOAST…</source>
        <translation>Stromen per ZOAST optellen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="201" />
        <source>{count} flow(s) start and end at the same point: written without a line.</source>
        <translation>{count} stroom/stromen beginnen en eindigen in hetzelfde punt: geschreven zonder lijn.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="205" />
        <source>{count} flow(s) not drawn (other care types, below the minimum or domestic).</source>
        <translation>{count} stroom/stromen niet getekend (andere zorgtypes, onder het minimum of binnenlands).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="82" />
        <source>One line per origin and destination</source>
        <translation>Eén lijn per herkomst en bestemming</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="82" />
        <source>Draw one line per origin–destination pair, its care types summed and listed (care_types), so lines do not overlap. Untick to draw one line per row of the flows table, with its attributes.</source>
        <translation>Teken één lijn per paar herkomst–bestemming, met de zorgtypes opgeteld en opgesomd (care_types), zodat lijnen elkaar niet overlappen. Vink uit om één lijn per rij van de stromentabel te tekenen, met haar attributen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="104" />
        <source>One line per origin–destination pair (or per flow row), in the analysis CRS: origin_id, dest_id, care_types (or care_type and the flows table's attributes), patients, stays, amount_eur, origin_country, dest_country, direction (FR→BE, BE→FR, domestic), n_flows and width (mm, for the style).</source>
        <translation>Eén lijn per paar herkomst–bestemming (of per rij), in de analyse-CRS: origin_id, dest_id, care_types (of care_type en de attributen van de stromentabel), patients, stays, amount_eur, origin_country, dest_country, direction (FR→BE, BE→FR, domestic), n_flows en width (mm, voor de stijl).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="113" />
        <source>Per ZOAST (zoast_code; 'all' for the whole region), direction ('all' for the zone's total) and care type ('all' for the subtotal over care types): patients, stays, amount_eur of its residents' flows and share_inside, the share of their patients treated in the zone's member establishments.</source>
        <translation>Per ZOAST (zoast_code; 'all' voor het volledige studiegebied), richting ('all' voor het totaal van de zone) en zorgtype ('all' voor het subtotaal over de zorgtypes): patients, stays, amount_eur van de stromen van haar inwoners en share_inside, het aandeel van hun patiënten behandeld in de ledeninstellingen van de zone.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="122" />
        <source>Empty value cells in the flows table (read as unknown)</source>
        <translation>Lege cellen in de stromentabel (als onbekend gelezen)</translation>
    </message>
</context>
<context>
    <name>PostgresDialog</name>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="93" />
        <source>Agreements store on PostgreSQL/PostGIS</source>
        <translation>Databank van overeenkomsten op PostgreSQL/PostGIS</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="100" />
        <source>A PostgreSQL connection of QGIS (Data Source Manager › PostgreSQL), or service=name, or host=… dbname=… user=…</source>
        <translation>Een PostgreSQL-verbinding van QGIS (Databronbeheer › PostgreSQL), of service=naam, of host=… dbname=… user=…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="104" />
        <source>The schema holding (or to hold) the ZOAST tables.</source>
        <translation>Het schema met (of voor) de ZOAST-tabellen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="105" />
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="106" />
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="109" />
        <source>Open (or upgrade)</source>
        <translation>Openen (of bijwerken)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="110" />
        <source>Create a new store</source>
        <translation>Nieuwe databank aanmaken</translation>
    </message>
</context>
<context>
    <name>PrepareUnitsAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="46" />
        <source>Territorial units from the official population files</source>
        <translation>Territoriale eenheden uit de officiële bevolkingsbestanden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="149" />
        <source>Commune and municipality outlines</source>
        <translation>Grenzen van de gemeenten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="49" />
        <source>Polygons of the communes or municipalities, from any source (IGN ADMIN EXPRESS, Statbel/NGI, the sample…), with the INSEE or REFNIS code of each.</source>
        <translation>Polygonen van de gemeenten, uit eender welke bron (IGN ADMIN EXPRESS, Statbel/NGI, de voorbeeldregio…), met de INSEE- of REFNIS-code van elke gemeente.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="56" />
        <source>Outlines: code field</source>
        <translation>Grenzen: codeveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="56" />
        <source>INSEE code (5 characters, 2A/2B in Corsica) or REFNIS code (5 digits) of each outline, bare (59350) or with its country (FR:59350).</source>
        <translation>INSEE-code (5 tekens, 2A/2B op Corsica) of REFNIS-code (5 cijfers) van elke grens, alleen (57081) of met het land (BE:57081).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="59" />
        <source>Outlines: country field</source>
        <translation>Grenzen: landveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="59" />
        <source>Optional: FR or BE. Without it (or where it is empty), the country is the one of the population file the code joins.</source>
        <translation>Optioneel: FR of BE. Zonder (of waar het leeg is) is het land dat van het bevolkingsbestand waaraan de code gekoppeld wordt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="62" />
        <source>Outlines: name field</source>
        <translation>Grenzen: naamveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="62" />
        <source>Optional: the unit's name. Without it, the names of the population files (the Dutch name for Flemish municipalities) are used.</source>
        <translation>Optioneel: de naam van de eenheid. Zonder worden de namen uit de bevolkingsbestanden gebruikt (de Nederlandse naam voor Vlaamse gemeenten).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="65" />
        <source>Population files</source>
        <translation>Bevolkingsbestanden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="65" />
        <source>One or more official files, as downloaded (CSV or text, or the zip holding it): INSEE's population by age (base-cc-evol-struct-pop: CODGEO, P21_POP0014 … P21_POP90P), INSEE's tables by single age (AGED100, per sex or not), or Statbel's population by municipality, age and sex (TF_SOC_POP_STRUCT_&lt;year&gt;: CD_REFNIS, CD_AGE, MS_POPULATION). The layout is recognised from the columns.</source>
        <translation>Eén of meer officiële bestanden, zoals gedownload (CSV of tekst, of de zip die het bevat): de bevolking per leeftijd van Statbel per gemeente, leeftijd en geslacht (TF_SOC_POP_STRUCT_&lt;jaar&gt;: CD_REFNIS, CD_AGE, MS_POPULATION), de bevolking per leeftijd van INSEE (base-cc-evol-struct-pop: CODGEO, P21_POP0014 … P21_POP90P) of de INSEE-tabellen per afzonderlijke leeftijd (AGED100, al dan niet per geslacht). De opbouw wordt herkend aan de kolommen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="75" />
        <source>Files' encoding</source>
        <translation>Codering van de bestanden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="75" />
        <source>Optional: the files' text encoding (e.g. windows-1252, latin-1). Empty: UTF-8, then Windows-1252, which covers the administrations' CSV files.</source>
        <translation>Optioneel: de tekstcodering van de bestanden (bv. windows-1252, latin-1). Leeg: UTF-8, daarna Windows-1252, dat de CSV-bestanden van de overheden dekt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="81" />
        <source>Age bands (lower bounds, years)</source>
        <translation>Leeftijdsklassen (ondergrenzen, jaren)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="81" />
        <source>Lower bound of each age band, in years; the last band is open. Default: INSEE's seven bands 0–14, 15–29, 30–44, 45–59, 60–74, 75–89, 90 and over (fields pop_0_14 … pop_90p), which the needs and accessibility algorithms read.</source>
        <translation>Ondergrens van elke leeftijdsklasse, in jaren; de laatste klasse is open. Standaard: de zeven klassen van INSEE 0–14, 15–29, 30–44, 45–59, 60–74, 75–89, 90 en ouder (velden pop_0_14 … pop_90p), die de algoritmen voor behoeften en toegankelijkheid lezen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="89" />
        <source>Year of the population (when a file does not say)</source>
        <translation>Jaar van de bevolking (wanneer een bestand het niet vermeldt)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="89" />
        <source>Optional: written in pop_year for a file whose year is neither in its columns (INSEE's P21_…, Statbel's CD_YEAR) nor in its name.</source>
        <translation>Optioneel: geschreven in pop_year voor een bestand waarvan het jaar noch in de kolommen (CD_YEAR van Statbel, P21_… van INSEE) noch in de naam staat.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="96" />
        <source>Table of code changes</source>
        <translation>Tabel van codewijzigingen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="96" />
        <source>Optional: a CSV of former → current codes (country, old_code, new_code, new_name…). Empty: the shipped table (French communes nouvelles of the 2025 geography; Belgian REFNIS changes of 2019 and the mergers of 2025), resources/codes/commune_code_changes.csv.</source>
        <translation>Optioneel: een CSV van vroegere → huidige codes (country, old_code, new_code, new_name…). Leeg: de meegeleverde tabel (Belgische REFNIS-wijzigingen van 2019 en de fusies van 2025; Franse communes nouvelles van de geografie 2025), resources/codes/commune_code_changes.csv.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="106" />
        <source>Territorial units</source>
        <translation>Territoriale eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="106" />
        <source>The outlines with unit_id (FR:… or BE:…), code, name, name_fr, name_nl, country, population, the age bands, area_km2 (in the analysis CRS), pop_year and source (the file).</source>
        <translation>De grenzen met unit_id (BE:… of FR:…), code, name, name_fr, name_nl, country, population, de leeftijdsklassen, area_km2 (in de analyse-CRS), pop_year en source (het bestand).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="113" />
        <source>Population issues</source>
        <translation>Bevolkingsproblemen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="120" />
        <source>Units written</source>
        <translation>Geschreven eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="120" />
        <source>Total population</source>
        <translation>Totale bevolking</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="120" />
        <source>Units without population</source>
        <translation>Eenheden zonder bevolking</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="120" />
        <source>Population codes not in the outlines</source>
        <translation>Bevolkingscodes zonder grens</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="120" />
        <source>Former codes re-coded</source>
        <translation>Omgezette vroegere codes</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="120" />
        <source>Outlines skipped (no geometry)</source>
        <translation>Overgeslagen grenzen (zonder geometrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="143" />
        <source>Parameter {name}: the outlines have no field '{field}'.</source>
        <translation>Parameter {name}: de grenzen hebben geen veld '{field}'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="148" />
        <source>Reading the outlines…</source>
        <translation>Grenzen lezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="163" />
        <source>Parameter POPULATION_FILES: give at least one population file.</source>
        <translation>Parameter POPULATION_FILES: geef minstens één bevolkingsbestand.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="168" />
        <source>Reading {file}…</source>
        <translation>{file} lezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="172" />
        <source>{file}: {layout} ({country}, {year}), {count} code(s).</source>
        <translation>{file}: {layout} ({country}, {year}), {count} code(s).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="182" />
        <source>Joining the population to the outlines…</source>
        <translation>Bevolking aan de grenzen koppelen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="186" />
        <source>{count} population code(s) match no outline, first: {ids}.</source>
        <translation>{count} bevolkingscode(s) zonder overeenkomende grens, eerste: {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="186" />
        <source>{count} outline(s) have no population, first: {ids}.</source>
        <translation>{count} grens/grenzen zonder bevolking, eerste: {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="186" />
        <source>{count} code(s) appear in two files; the first file's population is kept, first: {ids}.</source>
        <translation>{count} code(s) in twee bestanden; de bevolking uit het eerste bestand blijft, eerste: {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="186" />
        <source>{count} former code(s) were split between several units and cannot be divided: {ids}.</source>
        <translation>{count} vroegere code(s) verdeeld over meerdere eenheden, niet te verdelen: {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="204" />
        <source>{count} former code(s) re-coded to the current units (listed in the issues output).</source>
        <translation>{count} vroegere code(s) omgezet naar de huidige eenheden (vermeld in de uitvoer met problemen).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="207" />
        <source>Writing the units…</source>
        <translation>Eenheden schrijven…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="235" />
        <source>File '{file}': the zip holds {count} CSV or text tables; it must hold one. Extract the table you want.</source>
        <translation>Bestand '{file}': de zip bevat {count} CSV- of teksttabellen; er mag er maar één in zitten. Pak de gewenste tabel uit.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="240" />
        <source>File '{file}' is a spreadsheet: save its table as CSV (or take the CSV or text version of the download) and run again.</source>
        <translation>Bestand '{file}' is een rekenblad: bewaar de tabel als CSV (of neem de CSV- of tekstversie van de download) en voer opnieuw uit.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="245" />
        <source>File '{file}' cannot be read: {error}.</source>
        <translation>Bestand '{file}' kan niet gelezen worden: {error}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="254" />
        <source>Table of code changes '{file}': column(s) {fields} missing.</source>
        <translation>Tabel van codewijzigingen '{file}': kolom(men) {fields} ontbreken.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="113" />
        <source>One row per problem: country, code, issue (code_not_in_outlines, unit_without_population, duplicate_code, duplicate_outline, code_split, code_recoded) and detail.</source>
        <translation>Eén rij per probleem: country, code, issue (code_not_in_outlines, unit_without_population, duplicate_code, duplicate_outline, code_split, code_recoded) en detail.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="176" />
        <source>{file}: the year of the population is neither in its columns nor in its name: pop_year is left empty. Give it with the parameter YEAR.</source>
        <translation>{file}: het jaar van de bevolking staat niet in de kolommen of in de naam: pop_year blijft leeg. Geef het op met de parameter YEAR.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="186" />
        <source>{count} code(s) are held by several outlines: each of them gets the code's whole population, which is then counted more than once. Dissolve the outlines by code first: {ids}.</source>
        <translation>{count} code(s) gedragen door meerdere grenzen: elke grens krijgt de hele bevolking van de code, die zo meermaals geteld wordt. Voeg de grenzen eerst per code samen: {ids}.</translation>
    </message>
</context>
<context>
    <name>ReportAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="76" />
        <source>Diagnosis report (PDF atlas)</source>
        <translation>Diagnoserapport (PDF-atlas)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="85" />
        <source>Atlas pages (basins or ZOAST perimeters)</source>
        <translation>Atlaspagina's (zorgbekkens of ZOAST-perimeters)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="85" />
        <source>One page per polygon: the BASINS output of zoast:delineatebasins or the perimeters of zoast:agreementperimeters.</source>
        <translation>Eén pagina per polygoon: de uitvoer BASINS van zoast:delineatebasins of de perimeters van zoast:agreementperimeters.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="92" />
        <source>Page name field</source>
        <translation>Veld paginanaam</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="92" />
        <source>Title of each page. Empty: the first of name, hub_name, name_fr, name_nl, zoast_code, basin_id the layer has.</source>
        <translation>Titel van elke pagina. Leeg: het eerste veld uit name, hub_name, name_fr, name_nl, zoast_code, basin_id dat in de laag voorkomt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="325" />
        <source>Units with gap classes</source>
        <translation>Gemeenten met tekortklassen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="98" />
        <source>The Care gaps output of zoast:gaps (fields gap_class and severity; with a national-only accessibility also severity_national, shortfall_fte_national and severity_change).</source>
        <translation>De uitvoer Zorgtekorten van zoast:gaps (velden gap_class en severity; met een toegankelijkheid met enkel nationaal aanbod ook severity_national, shortfall_fte_national en severity_change).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="104" />
        <source>Unique id of each unit, named in error messages.</source>
        <translation>Uniek id van elke eenheid, vermeld in foutmeldingen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="105" />
        <source>Inhabitants of each unit.</source>
        <translation>Inwoners van elke eenheid.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="486" />
        <source>Supply points</source>
        <translation>Aanbodpunten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="106" />
        <source>Optional: GP practices or other care supply, drawn on the page maps and counted per page.</source>
        <translation>Optioneel: huisartsenpraktijken of ander zorgaanbod, getekend op de kaarten van de pagina's en geteld per pagina.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="112" />
        <source>Supply capacity field</source>
        <translation>Capaciteitsveld van het aanbod</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="112" />
        <source>Optional: capacity of each supply point (e.g. fte), summed per page.</source>
        <translation>Optioneel: capaciteit van elk aanbodpunt (bv. fte), opgeteld per pagina.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="345" />
        <source>Patient flow lines</source>
        <translation>Lijnen van patiëntenstromen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="117" />
        <source>Optional: the desire lines of zoast:patientflows (fields direction and patients). Cross-border lines (direction other than 'domestic') are drawn and counted: patients living in the page treated across the border, and patients from across the border treated in the page.</source>
        <translation>Optioneel: de wenslijnen van zoast:patientflows (velden direction en patients). Grensoverschrijdende lijnen (direction verschillend van 'domestic') worden getekend en geteld: patiënten die in het gebied van de pagina wonen en over de grens behandeld worden, en patiënten van over de grens die in het gebied van de pagina behandeld worden.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="126" />
        <source>Flow patients field</source>
        <translation>Veld patiënten van de stromen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="126" />
        <source>Patients of each flow line.</source>
        <translation>Patiënten van elke stroomlijn.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="427" />
        <source>ZOAST perimeters</source>
        <translation>ZOAST-perimeters</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="130" />
        <source>Optional: the ZOAST outlines (output of zoast:agreementperimeters), drawn on every map.</source>
        <translation>Optioneel: de ZOAST-contouren (uitvoer van zoast:agreementperimeters), getekend op elke kaart.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="136" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="226" />
        <source>Cross-border health access diagnosis</source>
        <translation>Grensoverschrijdende diagnose van de toegang tot zorg</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="136" />
        <source>Title of the cover page.</source>
        <translation>Titel van het voorblad.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="141" />
        <source>Key figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="141" />
        <source>Units and population</source>
        <translation>Eenheden en bevolking</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="141" />
        <source>Population per gap severity (national supply only)</source>
        <translation>Bevolking per ernst van het tekort (enkel nationaal aanbod)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="141" />
        <source>Shortfall in FTE and what the border saves</source>
        <translation>Tekort in VTE en wat de grens bespaart</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="141" />
        <source>Units whose severity the border changes</source>
        <translation>Eenheden waarvan de grens de ernst wijzigt</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="141" />
        <source>Cross-border patients</source>
        <translation>Grensoverschrijdende patiënten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="141" />
        <source>Figures in the table of each page, computed from the units whose point on surface lies in the page's polygon (the cover sums the whole region). A figure whose input is missing is left out.</source>
        <translation>Cijfers in de tabel van elke pagina, berekend uit de eenheden waarvan het punt op oppervlak in de polygoon van de pagina ligt (het voorblad telt de hele regio op). Een cijfer waarvan de invoer ontbreekt, wordt weggelaten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="156" />
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="156" />
        <source>Footer text naming the data sources. Empty: the names of the input layers and today's date.</source>
        <translation>Voettekst met de gegevensbronnen. Leeg: de namen van de invoerlagen en de datum van vandaag.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="161" />
        <source>Resolution (dpi)</source>
        <translation>Resolutie (dpi)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="161" />
        <source>Resolution of the PNG maps and of the rasterised parts of the PDF.</source>
        <translation>Resolutie van de PNG-kaarten en van de gerasterde delen van de PDF.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="170" />
        <source>Report (PDF)</source>
        <translation>Rapport (PDF)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="170" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="170" />
        <source>The A4 landscape PDF: a cover page, then one page per polygon of the atlas pages.</source>
        <translation>De PDF in A4 liggend: een voorblad, daarna één pagina per polygoon van de atlaspagina's.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="175" />
        <source>Folder for PNG pages</source>
        <translation>Map voor PNG-pagina's</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="177" />
        <source>Optional: also write each page as a PNG image (cover.png, page_01_&lt;name&gt;.png…), e.g. for a web page or a slide.</source>
        <translation>Optioneel: elke pagina ook wegschrijven als PNG-afbeelding (cover.png, page_01_&lt;name&gt;.png…), bv. voor een webpagina of een dia.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="182" />
        <source>Number of pages</source>
        <translation>Aantal pagina's</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="230" />
        <source>Reading the layers…</source>
        <translation>Lagen inlezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="297" />
        <source>Atlas pages</source>
        <translation>Atlaspagina's</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="278" />
        <source>Cancelled by the user.</source>
        <translation>Geannuleerd door de gebruiker.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="274" />
        <source>Laying out {count} pages…</source>
        <translation>{count} pagina's opmaken…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="194" />
        <source>Writing the PDF…</source>
        <translation>PDF wegschrijven…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="212" />
        <source>Could not write the PDF {path} ({error}). Check that the folder is writable and the file is not open in another program.</source>
        <translation>Kon de PDF {path} niet schrijven ({error}). Controleer of er in de map geschreven kan worden en of het bestand niet geopend is in een ander programma.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="219" />
        <source>Report written: {path} ({count} pages).</source>
        <translation>Rapport geschreven: {path} ({count} pagina's).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="300" />
        <source>Layer 'Atlas pages' has no polygon with a geometry ({skipped} without). Choose the basins or ZOAST perimeters to make one page of each.</source>
        <translation>Laag "Atlaspagina's" heeft geen polygoon met een geometrie ({skipped} zonder). Kies de zorgbekkens of ZOAST-perimeters om van elk ervan één pagina te maken.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="304" />
        <source>Layer 'Atlas pages': {count} polygon(s) with no geometry or an invalid one, first ids: {ids}. Repair or remove them.</source>
        <translation>Laag "Atlaspagina's": {count} polygoon/polygonen zonder geometrie of met een ongeldige geometrie, eerste id's: {ids}. Repareer of verwijder ze.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="313" />
        <source>Page {n}</source>
        <translation>Pagina {n}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="328" />
        <source>{count} unit(s) without a geometry are left out of the figures.</source>
        <translation>{count} eenheid/eenheden zonder geometrie worden weggelaten uit de cijfers.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="439" />
        <source>Cross-border patient flows</source>
        <translation>Grensoverschrijdende patiëntenstromen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="453" />
        <source>Inhabitants in severe shortage</source>
        <translation>Inwoners met ernstig tekort</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="454" />
        <source>Inhabitants in shortage</source>
        <translation>Inwoners met tekort</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="455" />
        <source>Inhabitants without shortage</source>
        <translation>Inwoners zonder tekort</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="456" />
        <source>Inhabitants not judged</source>
        <translation>Niet-beoordeelde inwoners</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="464" />
        <source>Units (communes)</source>
        <translation>Eenheden (gemeenten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="465" />
        <source>Population</source>
        <translation>Bevolking</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="475" />
        <source>Shortfall (FTE GPs)</source>
        <translation>Tekort (huisartsen in VTE)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="478" />
        <source>Shortfall the border saves (FTE)</source>
        <translation>Tekort dat de grens bespaart (VTE)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="481" />
        <source>Units the border improves (inhabitants)</source>
        <translation>Eenheden die de grens verbetert (inwoners)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="483" />
        <source>Units the border worsens (inhabitants)</source>
        <translation>Eenheden die de grens verslechtert (inwoners)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="488" />
        <source>Supply capacity (FTE)</source>
        <translation>Aanbodcapaciteit (VTE)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="490" />
        <source>Residents treated across the border</source>
        <translation>Inwoners behandeld aan de andere kant van de grens</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="491" />
        <source>Patients received from across the border</source>
        <translation>Patiënten van over de grens</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="208" />
        <source>the file cannot be created</source>
        <translation>het bestand kan niet worden aangemaakt</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="208" />
        <source>export error {code}</source>
        <translation>exportfout {code}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="141" />
        <source>Population per official gap severity</source>
        <translation>Bevolking per officiële ernst van het tekort</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="422" />
        <source>Official gap classes</source>
        <translation>Officiële tekortklassen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="286" />
        <source>Proposals</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="255" />
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="367" />
        <source>State border</source>
        <translation>Staatsgrens</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="377" />
        <source>Main towns</source>
        <translation>Belangrijkste steden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="397" />
        <source>Data: {layers}. Computed with the ZOAST plugin for QGIS.</source>
        <translation>Gegevens: {layers}. Berekend met de ZOAST-plugin voor QGIS.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="400" />
        <source>Partly synthetic data (field 'synthetic'): {layers}.</source>
        <translation>Deels synthetische gegevens (veld 'synthetic'): {layers}.</translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <location filename="../zoast_plugin/processing/report_layout.py" line="284" />
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_layout.py" line="318" />
        <source>Figure</source>
        <translation>Kengetal</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_layout.py" line="318" />
        <source>With ZOAST</source>
        <translation>Met ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_layout.py" line="318" />
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_layout.py" line="320" />
        <source>National only</source>
        <translation>Zonder ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_layout.py" line="353" />
        <source>page {n} of {total}</source>
        <translation>pagina {n} van {total}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_layout.py" line="377" />
        <source>Method. Official classes: each commune or municipality is judged by its own country's rule on its official indicator (France: APL per territoire de vie-santé, potential ZIP/ZAC, the ARS decides; Wallonia: FTE GPs in the municipality, Impulseo; Flanders: GPs under 65 in the municipality, Departement Zorg). The border rows are analytical: the ZOAST redistributes the same GP supply. Each page sums the units whose point on surface lies in its outline; the shortfall (France in FTE-equivalents) is a local estimate.</source>
        <translation>Methode. Officiële klassen: elke gemeente wordt beoordeeld volgens de regel van haar land, op de officiële indicator (Frankrijk: APL per territoire de vie-santé, potentiële ZIP/ZAC, het ARS beslist; Wallonië: VTE huisartsen in de gemeente, Impulseo; Vlaanderen: huisartsen jonger dan 65 in de gemeente, Departement Zorg). De grensrijen zijn analytisch: de ZOAST herverdeelt hetzelfde huisartsenaanbod. Elke pagina telt de eenheden waarvan het punt binnen de omtrek ligt; het tekort (Frankrijk in VTE-equivalenten) is een lokale schatting.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_layout.py" line="384" />
        <source>Whole region</source>
        <translation>Volledig studiegebied</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_layout.py" line="392" />
        <source>Key figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_layout.py" line="426" />
        <source>Cancelled by the user.</source>
        <translation>Geannuleerd door de gebruiker.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_layout.py" line="430" />
        <source>Could not write the image {path}. Check that the folder is writable.</source>
        <translation>Kon de afbeelding {path} niet schrijven. Controleer of er in de map geschreven kan worden.</translation>
    </message>
</context>
<context>
    <name>ScenarioAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="48" />
        <source>What-if scenario (supply, retirements, ZOAST members)</source>
        <translation>Scenario (aanbod, pensioneringen, leden van ZOAST)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="52" />
        <source>Basin field (summary)</source>
        <translation>Veld van het zorgbekken (samenvatting)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="52" />
        <source>Optional: a health basin code; the summary then has a row per basin.</source>
        <translation>Optioneel: een code van het zorgbekken; de samenvatting heeft dan een rij per zorgbekken.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="188" />
        <source>Scenario: supply points added</source>
        <translation>Scenario: toegevoegde aanbodpunten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="59" />
        <source>New practices, with the same id, capacity and country fields as the supply layer.</source>
        <translation>Nieuwe praktijken, met dezelfde id-, capaciteits- en landvelden als de aanbodlaag.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="352" />
        <source>Scenario: supply points removed</source>
        <translation>Scenario: verwijderde aanbodpunten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="65" />
        <source>A table (or layer) of the ids of the supply points that close.</source>
        <translation>Een tabel (of laag) met de id's van de aanbodpunten die sluiten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="71" />
        <source>Removed: supply id field</source>
        <translation>Verwijderd: id-veld van het aanbod</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="71" />
        <source>Supply id in the table of removed points.</source>
        <translation>Id van het aanbodpunt in de tabel van verwijderde punten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="204" />
        <source>Scenario: capacity changes</source>
        <translation>Scenario: capaciteitswijzigingen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="73" />
        <source>A table of supply id and new capacity (e.g. a practice taking on a second GP).</source>
        <translation>Een tabel met id van het aanbod en nieuwe capaciteit (bijvoorbeeld een praktijk die een tweede huisarts aanneemt).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="79" />
        <source>Changes: supply id field</source>
        <translation>Wijzigingen: id-veld van het aanbod</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="79" />
        <source>Supply id in the table of capacity changes.</source>
        <translation>Id van het aanbodpunt in de tabel van capaciteitswijzigingen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="82" />
        <source>Changes: new capacity field</source>
        <translation>Wijzigingen: veld van de nieuwe capaciteit</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="82" />
        <source>The new capacity of the point.</source>
        <translation>De nieuwe capaciteit van het punt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="85" />
        <source>Scenario: retirements by this year (0 = none)</source>
        <translation>Scenario: pensioneringen tegen dit jaar (0 = geen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="93" />
        <source>Retirement age</source>
        <translation>Pensioenleeftijd</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="93" />
        <source>Age at which a GP is assumed to stop. Illustrative default 67: many GPs work longer.</source>
        <translation>Leeftijd waarop een huisarts verondersteld wordt te stoppen. Illustratieve standaard 67: veel huisartsen werken langer.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="99" />
        <source>Supply: GP age field</source>
        <translation>Aanbod: leeftijdsveld van de huisarts</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="99" />
        <source>Age of the GP in the reference year.</source>
        <translation>Leeftijd van de huisarts in het referentiejaar.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="101" />
        <source>Supply: GP birth-year field</source>
        <translation>Aanbod: veld met het geboortejaar van de huisarts</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="101" />
        <source>Year of birth of the GP (used instead of the age when given).</source>
        <translation>Geboortejaar van de huisarts (gebruikt in plaats van de leeftijd als het gegeven is).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="104" />
        <source>Year of the ages</source>
        <translation>Jaar van de leeftijden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="104" />
        <source>The year the age field refers to.</source>
        <translation>Het jaar waarop het leeftijdsveld betrekking heeft.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="111" />
        <source>Scenario: agreement members added</source>
        <translation>Scenario: toegevoegde leden van overeenkomsten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="111" />
        <source>Rows of agreement code and unit id (same fields as the members table) that join a ZOAST: extend or merge an agreement without touching the store.</source>
        <translation>Rijen met code van de overeenkomst en id van de eenheid (dezelfde velden als de ledentabel) die tot een ZOAST toetreden: een overeenkomst uitbreiden of samenvoegen zonder de opslag te wijzigen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="118" />
        <source>Scenario: agreement members removed</source>
        <translation>Scenario: verwijderde leden van overeenkomsten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="118" />
        <source>Rows of agreement code and unit id (same fields as the members table) that leave a ZOAST.</source>
        <translation>Rijen met code van de overeenkomst en id van de eenheid (dezelfde velden als de ledentabel) die een ZOAST verlaten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="124" />
        <source>Scenario difference per unit</source>
        <translation>Verschil van het scenario per eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="137" />
        <source>Scenario summary</source>
        <translation>Samenvatting van het scenario</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Supply points added</source>
        <translation>Toegevoegde aanbodpunten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Supply points removed</source>
        <translation>Verwijderde aanbodpunten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Supply points with a new capacity</source>
        <translation>Aanbodpunten met een nieuwe capaciteit</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>GPs retiring by the horizon</source>
        <translation>Huisartsen die tegen de horizon met pensioen gaan</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>GPs without an age (kept)</source>
        <translation>Huisartsen zonder leeftijd (behouden)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Agreement members added</source>
        <translation>Toegevoegde leden van overeenkomsten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Agreement members removed</source>
        <translation>Verwijderde leden van overeenkomsten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Features skipped (no geometry)</source>
        <translation>Overgeslagen objecten (zonder geometrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="180" />
        <source>Reading the layers…</source>
        <translation>Lagen inlezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="181" />
        <source>Supply points (baseline)</source>
        <translation>Aanbodpunten (uitgangssituatie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="213" />
        <source>Retirements by {year} need the GPs' age or birth-year field (AGE_FIELD or BIRTH_YEAR_FIELD).</source>
        <translation>Pensioneringen tegen {year} vereisen het leeftijdsveld of het veld met het geboortejaar van de huisartsen (AGE_FIELD of BIRTH_YEAR_FIELD).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="221" />
        <source>{count} GP(s) have no age: they are kept in the scenario.</source>
        <translation>{count} huisarts(en) zonder leeftijd: ze blijven in het scenario.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="239" />
        <source>Travel costs…</source>
        <translation>Reistijden berekenen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="253" />
        <source>Baseline…</source>
        <translation>Uitgangssituatie…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="256" />
        <source>Scenario…</source>
        <translation>Scenario…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="273" />
        <source>All classes</source>
        <translation>Alle klassen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="276" />
        <source>Writing the outputs…</source>
        <translation>Uitvoer wegschrijven…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="85" />
        <source>GPs who reach the retirement age by this year are removed (needs an age or birth-year field). For the official Flemish rule, GPs who turn 65 by then are no longer counted, even if they keep working.</source>
        <translation>Huisartsen die tegen dit jaar de pensioenleeftijd bereiken, worden verwijderd (vereist een leeftijds- of geboortejaarveld). Voor de officiële Vlaamse regel tellen huisartsen die tegen dan 65 geworden zijn niet meer mee, ook als ze blijven werken.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="124" />
        <source>The units with, first, the official classes (each country's rule on its official indicator, as zoast:gaps): indicator_before/after/change (France: APL with French supply only, the TVS mean when a TVS field is given; Wallonia: FTE located in the municipality per 100,000; Flanders: GPs under 65 located in it per 100,000), class_before/after and their labels, severity_before/after, class_changed, severity_change (&gt; 0: less severe), shortfall_before/after/change and shortfall_unit. Then the analytical classes on the accessibility with the border mode: an_access_before/after/change, an_class_before/after and their labels, an_severity_before/after, an_class_changed, an_severity_change, an_shortfall_before/after/change. ZOAST member edits change only the analytical classes.</source>
        <translation>De eenheden met eerst de officiële klassen (de regel van elk land op zijn officiële indicator, zoals zoast:gaps): indicator_before/after/change (Frankrijk: APL met enkel Frans aanbod, het TVS-gemiddelde als een TVS-veld gegeven is; Wallonië: VTE gevestigd in de gemeente per 100.000; Vlaanderen: huisartsen jonger dan 65 gevestigd in de gemeente per 100.000), class_before/after en hun labels, severity_before/after, class_changed, severity_change (&gt; 0: minder ernstig), shortfall_before/after/change en shortfall_unit. Daarna de analytische klassen op de toegankelijkheid met de grensmodus: an_access_before/after/change, an_class_before/after en hun labels, an_severity_before/after, an_class_changed, an_severity_change, an_shortfall_before/after/change. Wijzigingen van ZOAST-leden veranderen enkel de analytische klassen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="137" />
        <source>Per variant (official, analytical), level (country, basin, ZOAST, ALL), group and class: units and inhabitants before and after, inhabitants leaving and entering the class, shortfall before, after and change; a row ALL per group.</source>
        <translation>Per variant (officieel, analytisch), niveau (land, zorgbekken, ZOAST, ALL), groep en klasse: eenheden en inwoners voor en na, inwoners die de klasse verlaten en binnenkomen, tekort voor, na en de verandering ervan; een rij ALL per groep.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Official shortfall, baseline (FTE, GPs and French FTE-equivalents)</source>
        <translation>Officieel tekort, uitgangssituatie (VTE, huisartsen en Franse VTE-equivalenten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Official shortfall, scenario (FTE, GPs and French FTE-equivalents)</source>
        <translation>Officieel tekort, scenario (VTE, huisartsen en Franse VTE-equivalenten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Units whose official class improves</source>
        <translation>Eenheden waarvan de officiële klasse verbetert</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Units whose official class worsens</source>
        <translation>Eenheden waarvan de officiële klasse verslechtert</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Inhabitants whose official class changes</source>
        <translation>Inwoners van wie de officiële klasse verandert</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Analytical shortfall, baseline (FTE and FTE-equivalents)</source>
        <translation>Analytisch tekort, uitgangssituatie (VTE en VTE-equivalenten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Analytical shortfall, scenario (FTE and FTE-equivalents)</source>
        <translation>Analytisch tekort, scenario (VTE en VTE-equivalenten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Units whose analytical class improves</source>
        <translation>Eenheden waarvan de analytische klasse verbetert</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Units whose analytical class worsens</source>
        <translation>Eenheden waarvan de analytische klasse verslechtert</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Inhabitants whose analytical class changes</source>
        <translation>Inwoners van wie de analytische klasse verandert</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="245" />
        <source>No territoire de vie-santé field: French communes are judged on their own APL. The French zoning judges the population-weighted mean APL of each TVS: give the TVS field (TVS_FIELD).</source>
        <translation>Geen veld territoire de vie-santé: Franse gemeenten worden op hun eigen APL beoordeeld. De Franse zonering beoordeelt het naar bevolking gewogen gemiddelde APL van elk TVS: geef het TVS-veld (TVS_FIELD).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="250" />
        <source>No GP age: the official Flemish rule counts every GP located in the municipality, not only those under 65. Give GP_OVER_65_FIELD, AGE_FIELD or BIRTH_YEAR_FIELD.</source>
        <translation>Geen leeftijd van de huisartsen: de officiële Vlaamse regel telt elke huisarts gevestigd in de gemeente, niet enkel wie jonger is dan 65. Geef GP_OVER_65_FIELD, AGE_FIELD of BIRTH_YEAR_FIELD.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="305" />
        <source>Analytical shortfall (accessibility with the border mode): {before} FTE in the baseline, {after} FTE in the scenario.</source>
        <translation>Analytisch tekort (toegankelijkheid met de grensmodus): {before} VTE in de uitgangssituatie, {after} VTE in het scenario.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="319" />
        <source>Official, {rule}: {worse} inhabitant(s) in a more severe class, {better} in a less severe one; shortfall {before} → {after} {unit}.</source>
        <translation>Officieel, {rule}: {worse} inwoner(s) in een ernstigere klasse, {better} in een minder ernstige; tekort {before} → {after} {unit}.</translation>
    </message>
</context>
<context>
    <name>SitingAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="61" />
        <source>Where to open new practices (siting)</source>
        <translation>Waar nieuwe praktijken openen (vestigingsplaats)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="64" />
        <source>Territorial units (communes)</source>
        <translation>Territoriale eenheden (gemeenten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="64" />
        <source>Communes or other units, as points or polygons (polygons use their point on surface).</source>
        <translation>Gemeenten of andere eenheden, als punten of polygonen (polygonen gebruiken hun punt op oppervlak).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="69" />
        <source>Unique id of each unit, e.g. FR:59350 or BE:57081.</source>
        <translation>Uniek id van elke eenheid, bv. FR:59350 of BE:57081.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="70" />
        <source>Demand field (population)</source>
        <translation>Vraagveld (bevolking)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="70" />
        <source>Inhabitants (or standardised need) of each unit: the demand to cover.</source>
        <translation>Inwoners (of gestandaardiseerde behoefte) van elke eenheid: de te dekken vraag.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="325" />
        <source>Candidate sites</source>
        <translation>Kandidaat-locaties</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="73" />
        <source>Points where new supply could open (vacant premises, health centre projects…). Without it, a regular grid over the units is used (GRID_SPACING).</source>
        <translation>Punten waar nieuw aanbod zou kunnen openen (leegstaande panden, projecten voor een wijkgezondheidscentrum…). Zonder deze laag wordt een regelmatig raster over de eenheden gebruikt (GRID_SPACING).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="80" />
        <source>Candidate id field</source>
        <translation>Id-veld van de kandidaten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="80" />
        <source>Unique id of each candidate site.</source>
        <translation>Unieke id van elke kandidaat-locatie.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="82" />
        <source>Grid spacing when no candidates are given (m)</source>
        <translation>Maaswijdte van het raster zonder kandidatenlaag (m)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="82" />
        <source>Without a candidates layer, candidates are the centres of a regular grid of this spacing, kept inside the unit polygons (or near the unit points).</source>
        <translation>Zonder kandidatenlaag zijn de kandidaten de middelpunten van een regelmatig raster met deze maaswijdte, behouden binnen de polygonen van de eenheden (of nabij de punten van de eenheden).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="354" />
        <source>Existing supply points</source>
        <translation>Bestaande aanbodpunten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="89" />
        <source>Optional: the supply already there, kept fixed. Coverage: demand within the cut-off of one of these points is already covered. Shortfall: their capacity gives the access before.</source>
        <translation>Optioneel: het aanbod dat er al is, ongewijzigd. Dekking: vraag binnen de drempel van een van deze punten is al gedekt. Tekort: hun capaciteit geeft de toegang vooraf.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="96" />
        <source>Supply id field</source>
        <translation>Id-veld van het aanbod</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="96" />
        <source>Unique id of each supply point.</source>
        <translation>Uniek id van elk aanbodpunt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="98" />
        <source>Capacity field</source>
        <translation>Capaciteitsveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="98" />
        <source>Supply of each existing point, in the same unit as the new capacity (FTE).</source>
        <translation>Aanbod van elk bestaand punt, in dezelfde eenheid als de nieuwe capaciteit (VTE).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="101" />
        <source>Supply country field</source>
        <translation>Landveld van het aanbod</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="101" />
        <source>FR or BE for each supply point (border modes 0 and 1).</source>
        <translation>FR of BE voor elk aanbodpunt (grensmodi 0 en 1).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="103" />
        <source>Number of sites to choose</source>
        <translation>Aantal te kiezen locaties</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="103" />
        <source>How many new sites to open. Fewer are chosen when the others would add nothing.</source>
        <translation>Hoeveel nieuwe locaties te openen. Er worden er minder gekozen als de andere niets zouden toevoegen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="108" />
        <source>Objective</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="108" />
        <source>Coverage: maximise the demand within the cut-off (MCLP)</source>
        <translation>Dekking: de vraag binnen de drempel maximaliseren (MCLP)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="108" />
        <source>Shortfall: minimise the total shortfall under each country's rule</source>
        <translation>Tekort: het totale tekort volgens de regel van elk land minimaliseren</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="131" />
        <source>Exact solution (coverage only)</source>
        <translation>Exacte oplossing (enkel dekking)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="131" />
        <source>Solve the coverage problem exactly as an integer program (HiGHS). Otherwise, or for the shortfall objective, a lazy greedy choice (at least 63 % of the optimum, usually far more).</source>
        <translation>Het dekkingsprobleem exact oplossen als geheeltallig programma (HiGHS). Anders, of voor het tekortdoel, een luie gulzige keuze (minstens 63 % van het optimum, meestal veel meer).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="137" />
        <source>Exact solver time limit (seconds)</source>
        <translation>Tijdslimiet van de exacte oplosser (seconden)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="137" />
        <source>Past this time the exact solver returns the best choice found, marked as not proven optimal (output OPTIMAL = 0).</source>
        <translation>Na deze tijd geeft de exacte oplosser de beste gevonden keuze terug, gemarkeerd als niet bewezen optimaal (uitvoer OPTIMAL = 0).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="145" />
        <source>Capacity of each new site (FTE)</source>
        <translation>Capaciteit van elke nieuwe locatie (VTE)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="145" />
        <source>Shortfall objective: the supply each new site brings, in the unit of the capacity field.</source>
        <translation>Tekortdoel: het aanbod dat elke nieuwe locatie brengt, in de eenheid van het capaciteitsveld.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="151" />
        <source>Unit country field</source>
        <translation>Landveld van de eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="151" />
        <source>FR or BE: decides which rule judges the unit and which supply is across the border.</source>
        <translation>FR of BE: bepaalt welke regel de eenheid beoordeelt en welk aanbod over de grens ligt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="154" />
        <source>Area field (km²)</source>
        <translation>Oppervlakteveld (km²)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="154" />
        <source>Shortfall objective: area of each unit for the Flemish density rule. Without it the area is computed from the polygons.</source>
        <translation>Tekortdoel: oppervlakte van elke eenheid voor de Vlaamse dichtheidsregel. Zonder dit veld wordt de oppervlakte uit de polygonen berekend.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="169" />
        <source>Units after the choice</source>
        <translation>Eenheden na de keuze</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="179" />
        <source>Demand covered after the choice</source>
        <translation>Gedekte vraag na de keuze</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="179" />
        <source>Demand covered by the existing supply</source>
        <translation>Vraag gedekt door het bestaande aanbod</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="179" />
        <source>Total demand</source>
        <translation>Totale vraag</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="179" />
        <source>Sites chosen</source>
        <translation>Gekozen locaties</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="179" />
        <source>Proven optimal (1 yes, 0 no, -1 greedy)</source>
        <translation>Bewezen optimaal (1 ja, 0 nee, -1 gulzig)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="179" />
        <source>Candidates outside the units' extent</source>
        <translation>Kandidaten buiten de omvang van de eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="179" />
        <source>Features skipped (no geometry)</source>
        <translation>Overgeslagen objecten (zonder geometrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="209" />
        <source>The exact mode is for the coverage objective: the shortfall objective is solved by the lazy greedy.</source>
        <translation>De exacte modus is voor het dekkingsdoel: het tekortdoel wordt opgelost door de luie gulzige keuze.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="213" />
        <source>Reading the layers…</source>
        <translation>Lagen inlezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="220" />
        <source>Territorial units</source>
        <translation>Territoriale eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="244" />
        <source>{count} candidate(s) lie outside the units' extent, first ids: {ids}. They can only serve units within the cut-off.</source>
        <translation>{count} kandida(a)t(en) buiten de omvang van de eenheden, eerste id's: {ids}. Ze kunnen enkel eenheden binnen de drempel bedienen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="247" />
        <source>Travel costs…</source>
        <translation>Reistijden berekenen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="264" />
        <source>{pairs} unit–candidate pairs within {minutes} minutes.</source>
        <translation>{pairs} paren eenheid–kandidaat binnen {minutes} minuten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="266" />
        <source>Choosing the sites…</source>
        <translation>Locaties kiezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="283" />
        <source>Only {chosen} of the {asked} sites add anything: the other candidates reach no demand left to serve.</source>
        <translation>Slechts {chosen} van de {asked} locaties voegen iets toe: de andere kandidaten bereiken geen vraag meer die nog bediend moet worden.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="287" />
        <source>The exact solver reached its time limit: the choice is the best found, not proven optimal.</source>
        <translation>De exacte oplosser bereikte zijn tijdslimiet: de keuze is de beste gevonden, niet bewezen optimaal.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="290" />
        <source>Writing the outputs…</source>
        <translation>Uitvoer wegschrijven…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="303" />
        <source>Shortfall {before} FTE before, {after} FTE after.</source>
        <translation>Tekort: {before} VTE vooraf, {after} VTE achteraf.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="307" />
        <source>Demand covered: {before} before, {after} after, of {total}.</source>
        <translation>Gedekte vraag: {before} vooraf, {after} achteraf, van {total}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="331" />
        <source>Give a candidate sites layer (CANDIDATES) or a grid spacing above 0 (GRID_SPACING).</source>
        <translation>Geef een laag met kandidaat-locaties (CANDIDATES) of een maaswijdte groter dan 0 (GRID_SPACING).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="335" />
        <source>{count} grid candidates every {spacing} m.</source>
        <translation>{count} kandidaten op een raster van {spacing} m.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="108" />
        <source>Coverage: maximal covering location; demand already within reach of existing supply counts as covered. Shortfall: the FTE missing to reach each country's adequacy threshold, recomputed after each choice, official or analytical (SHORTFALL_RULE).</source>
        <translation>Dekking: maximal covering location; vraag die al binnen bereik van bestaand aanbod ligt, telt als gedekt. Tekort: de ontbrekende VTE om de toereikendheidsdrempel van elk land te halen, herberekend na elke keuze, officieel of analytisch (SHORTFALL_RULE).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="118" />
        <source>Shortfall objective: which shortfall</source>
        <translation>Doel tekort: welk tekort</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="118" />
        <source>Official: each country's rule on its official indicator</source>
        <translation>Officieel: de regel van elk land op zijn officiële indicator</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="118" />
        <source>Analytical: the accessibility with the border mode</source>
        <translation>Analytisch: de toegankelijkheid met de grensmodus</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="118" />
        <source>Official (as zoast:gaps): France on the APL with French supply only, the TVS mean when a TVS field is given (shortfall in FTE-equivalents to APL 4); Wallonia on the FTE located in the municipality (to 90 per 100,000); Flanders on the GPs under 65 located in it (to 90, or 120 below 125 inhabitants/km²): a Belgian site counts only for the municipality it lies in. Analytical: each unit's accessibility with the border mode and the cross-border weight, judged by the same thresholds.</source>
        <translation>Officieel (zoals zoast:gaps): Frankrijk op de APL met enkel Frans aanbod, het TVS-gemiddelde als een TVS-veld gegeven is (tekort in VTE-equivalenten tot APL 4); Wallonië op de VTE gevestigd in de gemeente (tot 90 per 100.000); Vlaanderen op de huisartsen jonger dan 65 gevestigd in de gemeente (tot 90, of 120 onder 125 inwoners/km²): een Belgische locatie telt enkel voor de gemeente waarin ze ligt. Analytisch: de toegankelijkheid van elke eenheid met de grensmodus en het grensoverschrijdend gewicht, beoordeeld met dezelfde drempels.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="160" />
        <source>The candidates with selected (true/false), rank (order chosen, 1…N, empty when not chosen), gain (demand newly covered, or shortfall FTE removed, when chosen; for the others, what they would still add to the choice) and objective (covered_demand, official_shortfall or analytical_shortfall: what the gain counts).</source>
        <translation>De kandidaten met selected (waar/onwaar), rank (volgorde van keuze, 1…N, leeg als niet gekozen), gain (nieuw gedekte vraag, of weggewerkt tekort in VTE, wanneer gekozen; voor de andere wat ze nog aan de keuze zouden toevoegen) en objective (covered_demand, official_shortfall of analytical_shortfall: wat de winst telt).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="169" />
        <source>Optional: the units with covered (0 not covered, 1 by existing supply, 2 by the new sites) for the coverage objective. Official shortfall: rule, zone (the TVS or the unit), indicator_before/after (APL, the TVS mean; FTE or GPs under 65 located in the municipality per 100,000), shortfall_before/after (the unit's share of its zone's) and shortfall_unit. Analytical shortfall: an_access_before/after and an_shortfall_before/after (FTE).</source>
        <translation>Optioneel: de eenheden met covered (0 niet gedekt, 1 door bestaand aanbod, 2 door de nieuwe locaties) voor het dekkingsdoel. Officieel tekort: rule, zone (het TVS of de eenheid), indicator_before/after (APL, het TVS-gemiddelde; VTE of huisartsen jonger dan 65 gevestigd in de gemeente per 100.000), shortfall_before/after (het aandeel van de eenheid in het tekort van haar zone) en shortfall_unit. Analytisch tekort: an_access_before/after en an_shortfall_before/after (VTE).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="179" />
        <source>Total shortfall before (official or analytical, see SHORTFALL_RULE)</source>
        <translation>Totaal tekort vooraf (officieel of analytisch, zie SHORTFALL_RULE)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="179" />
        <source>Total shortfall after (official or analytical, see SHORTFALL_RULE)</source>
        <translation>Totaal tekort achteraf (officieel of analytisch, zie SHORTFALL_RULE)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="415" />
        <source>Analytical shortfall: each unit's accessibility with the border mode, judged by its country's thresholds (not the official rules).</source>
        <translation>Analytisch tekort: de toegankelijkheid van elke eenheid met de grensmodus, beoordeeld met de drempels van haar land (niet de officiële regels).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="426" />
        <source>No territoire de vie-santé field: French communes are judged on their own APL. The French zoning judges the population-weighted mean APL of each TVS: give the TVS field (TVS_FIELD).</source>
        <translation>Geen veld territoire de vie-santé: Franse gemeenten worden op hun eigen APL beoordeeld. De Franse zonering beoordeelt het naar bevolking gewogen gemiddelde APL van elk TVS: geef het TVS-veld (TVS_FIELD).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="467" />
        <source>No GP age field: the official Flemish rule counts every GP located in the municipality, not only those under 65. Give GP_OVER_65_FIELD.</source>
        <translation>Geen leeftijdsveld van de huisartsen: de officiële Vlaamse regel telt elke huisarts gevestigd in de gemeente, niet enkel wie jonger is dan 65. Geef GP_OVER_65_FIELD.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="482" />
        <source>Official shortfall, {rule}: {before} → {after} {unit}.</source>
        <translation>Officieel tekort, {rule}: {before} → {after} {unit}.</translation>
    </message>
</context>
<context>
    <name>SupplyInventoryAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="67" />
        <source>Supply inventory per unit (counts, capacity, density)</source>
        <translation>Inventaris van het aanbod per eenheid (aantallen, capaciteit, dichtheid)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="70" />
        <source>Supply point layers</source>
        <translation>Lagen met aanbodpunten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="70" />
        <source>One or more point layers of care supply (e.g. the outputs of zoast:importfiness and zoast:importpoints, GP practices, hospitals), in any CRS.</source>
        <translation>Eén of meer puntlagen met zorgaanbod (bv. de uitvoer van zoast:importfiness en zoast:importpoints, huisartsenpraktijken, ziekenhuizen), in om het even welk CRS.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="77" />
        <source>Supply id field</source>
        <translation>Id-veld van het aanbod</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="77" />
        <source>Id field of the supply layers, used to name points in the unmatched output and in messages. A layer without it is named by its feature ids.</source>
        <translation>Id-veld van de aanbodlagen, gebruikt om punten te benoemen in de uitvoer met niet-toegewezen punten en in meldingen. De punten van een laag zonder dit veld worden benoemd met hun object-id's.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="83" />
        <source>Category field</source>
        <translation>Categorieveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="83" />
        <source>Field of the supply layers holding the ZOAST category (gp, hospital…). A layer without it, or a point with an empty category, is an error unless a default category is given.</source>
        <translation>Veld van de aanbodlagen met de ZOAST-categorie (gp, hospital…). Een laag zonder dit veld, of een punt met een lege categorie, geeft een fout, tenzij een standaardcategorie is opgegeven.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="89" />
        <source>Default category</source>
        <translation>Standaardcategorie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="89" />
        <source>Optional: category of the points of layers without the category field and of points with an empty category (e.g. gp for a layer of GP practices).</source>
        <translation>Optioneel: categorie van de punten van lagen zonder het categorieveld en van punten met een lege categorie (bv. gp voor een laag met huisartsenpraktijken).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="95" />
        <source>Capacity fields (comma-separated)</source>
        <translation>Capaciteitsvelden (kommagescheiden)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="95" />
        <source>Numeric fields summed per unit and category where a layer has them (full-time equivalents, beds…); a layer without one counts 0 for it. Empty values are an error.</source>
        <translation>Numerieke velden die per eenheid en categorie worden opgeteld wanneer een laag ze bevat (voltijdse equivalenten, bedden…); een laag zonder zo'n veld telt er 0 voor. Lege waarden geven een fout.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="102" />
        <source>Categories to write (comma-separated)</source>
        <translation>Te schrijven categorieën (kommagescheiden)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="102" />
        <source>Optional: the category columns to write, in this order, even when a category has no point, so that field names stay the same from run to run (e.g. gp,hospital,pharmacy). Empty: the categories present, sorted. A point of a category not listed is an error.</source>
        <translation>Optioneel: de categoriekolommen die geschreven worden, in deze volgorde, ook wanneer een categorie geen punt heeft, zodat de veldnamen van uitvoering tot uitvoering gelijk blijven (bv. gp,hospital,pharmacy). Leeg: de aanwezige categorieën, gesorteerd. Een punt van een categorie die niet in de lijst staat, geeft een fout.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="111" />
        <source>Territorial units (communes)</source>
        <translation>Territoriale eenheden (gemeenten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="111" />
        <source>Communes and municipalities on both sides of the border, as polygons, with their population.</source>
        <translation>Gemeenten aan beide zijden van de grens, als polygonen, met hun bevolking.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="117" />
        <source>Unique id of each unit, e.g. FR:59350 or BE:57081.</source>
        <translation>Uniek id van elke eenheid, bv. FR:59350 of BE:57081.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="118" />
        <source>Inhabitants of each unit, for the densities per 10,000 inhabitants.</source>
        <translation>Inwoners van elke eenheid, voor de dichtheden per 10.000 inwoners.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="120" />
        <source>Group field</source>
        <translation>Groeperingsveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="120" />
        <source>Optional: sum the inventory by this field of the units in the summary table, e.g. a health basin, a ZOAST code or the country.</source>
        <translation>Optioneel: de inventaris optellen volgens dit veld van de eenheden in de samenvattingstabel, bv. een zorgbekken, een ZOAST-code of het land.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="123" />
        <source>Tolerance (metres)</source>
        <translation>Tolerantie (meter)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="123" />
        <source>A point in no unit (on the coast, across a generalised border) is counted in the nearest unit within this distance; farther points are listed in the unmatched output. Default 500 m: geocoded addresses and generalised commune outlines disagree by up to a few hundred metres.</source>
        <translation>Een punt dat in geen enkele eenheid ligt (aan de kust, over een gegeneraliseerde grens), wordt geteld in de dichtstbijzijnde eenheid binnen deze afstand; punten die verder liggen, worden opgesomd in de uitvoer met niet-toegewezen punten. Standaard 500 m: gegeocodeerde adressen en gegeneraliseerde gemeentecontouren wijken tot enkele honderden meter van elkaar af.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="133" />
        <source>Supply inventory</source>
        <translation>Inventaris van het aanbod</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="133" />
        <source>The units with their fields and, per category c (and total): n_c (points), &lt;capacity&gt;_c (sum of each capacity field, e.g. fte_gp), d10k_c (points per 10,000 inhabitants) and d10k_&lt;capacity&gt;_c; densities are empty where the population is 0.</source>
        <translation>De eenheden met hun velden en, per categorie c (en totaal): n_c (punten), &lt;capacity&gt;_c (som van elk capaciteitsveld, bv. fte_gp), d10k_c (punten per 10.000 inwoners) en d10k_&lt;capacity&gt;_c; dichtheden zijn leeg waar de bevolking 0 is.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="141" />
        <source>Inventory summary</source>
        <translation>Samenvatting van de inventaris</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="141" />
        <source>One row per group (one row ALL without a group field): n_units, population and the same fields, densities computed from the group's population.</source>
        <translation>Eén rij per groep (één rij ALL zonder groeperingsveld): n_units, population en dezelfde velden, met dichtheden berekend uit de bevolking van de groep.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="148" />
        <source>Unmatched supply points</source>
        <translation>Niet-toegewezen aanbodpunten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="148" />
        <source>Points counted in no unit: layer, fid, supply_id, category, reason (outside: farther than the tolerance from every unit; no_geometry) and distance (metres to the nearest unit).</source>
        <translation>Punten die in geen enkele eenheid geteld zijn: layer, fid, supply_id, category, reason (outside: verder dan de tolerantie van elke eenheid; no_geometry) en distance (meter tot de dichtstbijzijnde eenheid).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="155" />
        <source>Supply points read</source>
        <translation>Gelezen aanbodpunten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="155" />
        <source>Points counted in a unit</source>
        <translation>Punten geteld in een eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="155" />
        <source>Points in no unit (listed)</source>
        <translation>Punten in geen enkele eenheid (opgesomd)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="155" />
        <source>Points counted in the nearest unit within the tolerance</source>
        <translation>Punten geteld in de dichtstbijzijnde eenheid binnen de tolerantie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="155" />
        <source>Units skipped (no geometry)</source>
        <translation>Overgeslagen eenheden (geen geometrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="172" />
        <source>Reading the supply layers…</source>
        <translation>Aanbodlagen inlezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="174" />
        <source>Reading the units…</source>
        <translation>Eenheden inlezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="178" />
        <source>Territorial units</source>
        <translation>Territoriale eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="184" />
        <source>Placing {count} point(s) in {units} unit(s)…</source>
        <translation>{count} punt(en) plaatsen in {units} eenheid/eenheden…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="236" />
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
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="296" />
        <source>Capacity field(s) {fields} in none of the supply layers: not written.</source>
        <translation>Capaciteitsveld(en) {fields} in geen enkele aanbodlaag: niet geschreven.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="349" />
        <source>{points} supply point(s) read: {within} inside a unit, {nearest} in the nearest unit within {tolerance} m, {unmatched} in no unit.</source>
        <translation>{points} aanbodpunt(en) gelezen: {within} binnen een eenheid, {nearest} in de dichtstbijzijnde eenheid binnen {tolerance} m, {unmatched} in geen enkele eenheid.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="354" />
        <source>Counted per category: {counts}.</source>
        <translation>Geteld per categorie: {counts}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="358" />
        <source>{count} point(s) in no unit, listed in the unmatched output, first: {ids}.</source>
        <translation>{count} punt(en) in geen enkele eenheid, opgesomd in de uitvoer met niet-toegewezen punten, eerste: {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="291" />
        <source>Parameter SUPPLY: the supply layers have no point (empty layers or selections). Choose layers with points.</source>
        <translation>Parameter SUPPLY: de aanbodlagen hebben geen punten (lege lagen of selecties). Kies lagen met punten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="316" />
        <source>Parameter SUPPLY: layer '{layer}' is given twice (the same source as '{first}'); its points would be counted twice. Remove the copy.</source>
        <translation>Parameter SUPPLY: laag '{layer}' is twee keer opgegeven (dezelfde bron als '{first}'); haar punten zouden dubbel geteld worden. Verwijder de kopie.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="325" />
        <source>Parameter SUPPLY_ID_FIELD: no supply layer has a field '{field}' ({count} layer(s): {layers}). Choose an existing field, or leave it empty to use the feature ids.</source>
        <translation>Parameter SUPPLY_ID_FIELD: geen enkele aanbodlaag heeft een veld '{field}' ({count} laag/lagen: {layers}). Kies een bestaand veld, of laat het leeg om de object-id's te gebruiken.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="330" />
        <source>{count} supply layer(s) have no field '{field}' ({layers}): their points are named by feature id.</source>
        <translation>{count} aanbodlaag/-lagen hebben geen veld '{field}' ({layers}): hun punten worden benoemd met hun object-id.</translation>
    </message>
</context>
<context>
    <name>WebMapAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="121" />
        <source>Offline web map for patients and partners</source>
        <translation>Offline webkaart voor patiënten en partners</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="127" />
        <source>Map as of date (YYYY-MM-DD)</source>
        <translation>Kaart op datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="128" />
        <source>The agreements and memberships in force on this day are mapped (member since on or before it; with an agreements table, the agreement in force on that day too). Empty: the day of the export.</source>
        <translation>De overeenkomsten en lidmaatschappen die op die dag van kracht zijn, worden in kaart gebracht (lid sinds die datum of eerder; met een tabel van overeenkomsten moet ook de overeenkomst op die dag van kracht zijn). Leeg: de dag van de export.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="131" />
        <source>Territorial units (communes)</source>
        <translation>Territoriale eenheden (gemeenten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="131" />
        <source>Communes and municipalities on both sides of the border, as polygons: searched by name and code, drawn as the background and dissolved into the ZOAST perimeters.</source>
        <translation>Gemeenten aan beide kanten van de grens, als polygonen: doorzocht op naam en code, getekend als achtergrond en samengevoegd tot de ZOAST-perimeters.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="137" />
        <source>Unique id of each unit, e.g. FR:59599 or BE:33011; the INSEE or REFNIS code after the colon can be searched.</source>
        <translation>Unieke id van elke eenheid, bv. FR:59599 of BE:33011; de INSEE- of NIS-code na de dubbele punt is doorzoekbaar.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="140" />
        <source>Unit country field</source>
        <translation>Veld land van de eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="140" />
        <source>FR or BE: the side of the border each unit is on.</source>
        <translation>FR of BE: de kant van de grens waar elke eenheid ligt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="142" />
        <source>Unit name field</source>
        <translation>Veld naam van de eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="142" />
        <source>Name of each unit, shown and searched.</source>
        <translation>Naam van elke eenheid, getoond en doorzocht.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="144" />
        <source>Unit Dutch name field</source>
        <translation>Veld Nederlandse naam van de eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="144" />
        <source>Optional: Dutch name (Ieper, Moeskroen…), shown in the Dutch interface and searched.</source>
        <translation>Optioneel: Nederlandse naam (Ieper, Moeskroen…), getoond in de Nederlandse interface en doorzocht.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="147" />
        <source>Unit French name field</source>
        <translation>Veld Franse naam van de eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="147" />
        <source>Optional: French name (Ypres, Courtrai…), shown in the French interface and searched.</source>
        <translation>Optioneel: Franse naam (Ypres, Courtrai…), getoond in de Franse interface en doorzocht.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="150" />
        <source>Unit postcode field</source>
        <translation>Veld postcode van de eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="150" />
        <source>Optional: postcode(s) of each unit, several separated by ';' or ','; searched.</source>
        <translation>Optioneel: postcode(s) van elke eenheid, meerdere gescheiden door ';' of ','; doorzocht.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="293" />
        <source>Establishments</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="153" />
        <source>Hospitals and other establishments as points; the members of each agreement are listed with their name, address, phone and categories. A member without a point is listed without a distance.</source>
        <translation>Ziekenhuizen en andere instellingen als punten; de leden van elke overeenkomst worden vermeld met naam, adres, telefoon en categorieën. Een lid zonder punt wordt vermeld zonder afstand.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="160" />
        <source>Establishment id field</source>
        <translation>Veld instelling-id</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="160" />
        <source>Unique id of each establishment (the ids of the member establishments table).</source>
        <translation>Unieke id van elke instelling (de id's van de tabel met aangesloten instellingen).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="162" />
        <source>Establishment name field</source>
        <translation>Veld naam van de instelling</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="162" />
        <source>Name shown for each establishment.</source>
        <translation>Naam die voor elke instelling wordt getoond.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="164" />
        <source>Establishment country field</source>
        <translation>Veld land van de instelling</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="164" />
        <source>FR or BE for each establishment: its side of the border.</source>
        <translation>FR of BE voor elke instelling: haar kant van de grens.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="166" />
        <source>Establishment address field</source>
        <translation>Veld adres van de instelling</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="166" />
        <source>Optional: postal address shown for each establishment.</source>
        <translation>Optioneel: postadres dat voor elke instelling wordt getoond.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="169" />
        <source>Establishment phone field</source>
        <translation>Veld telefoon van de instelling</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="169" />
        <source>Optional: phone number shown for each establishment.</source>
        <translation>Optioneel: telefoonnummer dat voor elke instelling wordt getoond.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="172" />
        <source>Establishment category field</source>
        <translation>Veld categorie van de instelling</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="172" />
        <source>Optional: care categories of each establishment (hospital, dialysis…), several separated by ';'.</source>
        <translation>Optioneel: zorgcategorieën van elke instelling (ziekenhuis, dialyse…), meerdere gescheiden door ';'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="175" />
        <source>Gap classes (optional layer)</source>
        <translation>Tekortklassen (optionele laag)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="175" />
        <source>Optional: units with their gap class (output of Care gaps), drawn as a layer the reader can switch on, one colour per class.</source>
        <translation>Optioneel: gemeenten met hun tekortklasse (uitvoer van de zorgtekorten), getekend als een laag die de lezer kan aanzetten, één kleur per klasse.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="181" />
        <source>Gap class field</source>
        <translation>Veld tekortklasse</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="181" />
        <source>Gap class code of each unit (FR_ZIP, WAL_SHORTAGE…).</source>
        <translation>Code van de tekortklasse van elke eenheid (FR_ZIP, WAL_SHORTAGE…).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="183" />
        <source>Health basins (optional layer)</source>
        <translation>Zorgbekkens (optionele laag)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="183" />
        <source>Optional: health basins (output of Delineate health basins), drawn as outlines the reader can switch on.</source>
        <translation>Optioneel: zorgbekkens (uitvoer van de afbakening van zorgbekkens), getekend als contouren die de lezer kan aanzetten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="190" />
        <source>Basin id field</source>
        <translation>Veld zorgbekken-id</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="190" />
        <source>Id of each basin; polygons with one id are dissolved.</source>
        <translation>Id van elk zorgbekken; polygonen met dezelfde id worden samengevoegd.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="192" />
        <source>Basin name field</source>
        <translation>Veld naam van het zorgbekken</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="192" />
        <source>Optional: name shown for each basin.</source>
        <translation>Optioneel: naam die voor elk zorgbekken wordt getoond.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="194" />
        <source>Default language of the page</source>
        <translation>Standaardtaal van de pagina</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="194" />
        <source>Language of QGIS</source>
        <translation>Taal van QGIS</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="194" />
        <source>The language the page opens in; the reader can switch between French, Dutch and English.</source>
        <translation>De taal waarin de pagina opent; de lezer kan wisselen tussen Frans, Nederlands en Engels.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="200" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="200" />
        <source>Optional: title of the page. Empty: 'Cross-border care: ZOAST zones' in the reader's language.</source>
        <translation>Optioneel: titel van de pagina. Leeg: ‘Zorg over de grens: de ZOAST-zones’ in de taal van de lezer.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="206" />
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="206" />
        <source>Optional: sources and credits shown on the page (who publishes the map, data owners, licences). The names of the input layers are always listed.</source>
        <translation>Optioneel: bronnen en vermeldingen op de pagina (wie de kaart publiceert, eigenaars van de gegevens, licenties). De namen van de invoerlagen worden altijd vermeld.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="212" />
        <source>Simplification tolerance (metres)</source>
        <translation>Vereenvoudigingstolerantie (meter)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="212" />
        <source>Outlines are simplified (Douglas–Peucker) within this distance to keep the folder small. 0 keeps every vertex.</source>
        <translation>Contouren worden binnen deze afstand vereenvoudigd (Douglas–Peucker) om de map klein te houden. 0 behoudt elk hoekpunt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="221" />
        <source>Gap tolerance (metres)</source>
        <translation>Spleettolerantie (meter)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="221" />
        <source>Gaps narrower than twice this value are closed when the perimeters are dissolved (French and Belgian outlines come from different sources), so no sliver draws a line inside a zone.</source>
        <translation>Spleten smaller dan tweemaal deze waarde worden gesloten bij het samenvoegen van de perimeters (Franse en Belgische contouren komen uit verschillende bronnen), zodat geen spleet een lijn binnen een zone tekent.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="230" />
        <source>Background tiles URL (optional)</source>
        <translation>URL van achtergrondtegels (optioneel)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="230" />
        <source>Optional: a tile URL template such as https://tiles.example.org/{z}/{x}/{y}.png. Without it the page uses no network at all (countries and communes as background); with it, the reader's browser asks that server for tiles.</source>
        <translation>Optioneel: een URL-sjabloon voor tegels zoals https://tiles.example.org/{z}/{x}/{y}.png. Zonder sjabloon gebruikt de pagina geen enkel netwerk (landen en gemeenten als achtergrond); ermee vraagt de browser van de lezer de tegels aan die server.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="238" />
        <source>Background tiles attribution</source>
        <translation>Bronvermelding van de achtergrondtegels</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="238" />
        <source>Credit required by the tile provider, shown as plain text.</source>
        <translation>Vermelding die de tegelleverancier vereist, getoond als platte tekst.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="246" />
        <source>Web map folder</source>
        <translation>Map van de webkaart</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="246" />
        <source>Folder written with index.html, data.js and the page's scripts (Leaflet included). Open index.html from disk, a network share or any web server; nothing is fetched from the internet.</source>
        <translation>Map met index.html, data.js en de scripts van de pagina (Leaflet inbegrepen). Open index.html vanaf de schijf, een netwerkshare of een webserver; er wordt niets van het internet gehaald.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="252" />
        <source>Web map page (index.html)</source>
        <translation>Pagina van de webkaart (index.html)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="253" />
        <source>Zones on the map</source>
        <translation>Zones op de kaart</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="254" />
        <source>Establishments listed</source>
        <translation>Vermelde instellingen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="255" />
        <source>Member establishments without coordinates</source>
        <translation>Aangesloten instellingen zonder coördinaten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="257" />
        <source>Agreements in force without member units (not mapped)</source>
        <translation>Overeenkomsten van kracht zonder leden (niet op de kaart)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="259" />
        <source>Size of the folder (bytes)</source>
        <translation>Grootte van de map (bytes)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="267" />
        <source>Parameter TILE_URL: '{value}' is not a tile URL template. Give an http(s) address with {{z}}, {{x}} and {{y}}, or leave it empty.</source>
        <translation>Parameter TILE_URL: '{value}' is geen URL-sjabloon voor tegels. Geef een http(s)-adres met {{z}}, {{x}} en {{y}}, of laat het leeg.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="274" />
        <source>Territorial units</source>
        <translation>Territoriale eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="353" />
        <source>Reading the layers…</source>
        <translation>Lagen lezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="368" />
        <source>Parameter AGREEMENT_MEMBERS: choose the table of agreement members (zoast_members of an agreements store); the map shows their zones.</source>
        <translation>Parameter AGREEMENT_MEMBERS: kies de tabel met de leden van de overeenkomsten (zoast_members van een ZOAST-databank); de kaart toont hun zones.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="394" />
        <source>Preparing the map data…</source>
        <translation>Kaartgegevens voorbereiden…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="405" />
        <source>The layers could not be moved to longitude and latitude ({error}). Check their CRS and the analysis CRS.</source>
        <translation>De lagen konden niet naar lengte- en breedtegraad worden omgezet ({error}). Controleer hun CRS en het analyse-CRS.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="411" />
        <source>{count} agreement(s) not in force on {date} are not on the map: {ids}.</source>
        <translation>{count} overeenkomst(en) niet van kracht op {date} staan niet op de kaart: {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="414" />
        <source>Writing the web map…</source>
        <translation>Webkaart schrijven…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="418" />
        <source>Could not write the web map into {folder}: {error}</source>
        <translation>Kon de webkaart niet schrijven in {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="421" />
        <source>{zones} zone(s) and {establishments} establishment(s) mapped as of {date}; {size} MB written: open {index}</source>
        <translation>{zones} zone(s) en {establishments} instelling(en) in kaart gebracht op {date}; {size} MB geschreven: open {index}</translation>
    </message>
</context>
<context>
    <name>ZoastAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="273" />
        <source>Cancelled by the user.</source>
        <translation>Geannuleerd door de gebruiker.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="30" />
        <source>Accessibility</source>
        <translation>Toegankelijkheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="31" />
        <source>Needs and gaps</source>
        <translation>Behoeften en tekorten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="32" />
        <source>Care supply</source>
        <translation>Zorgaanbod</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="33" />
        <source>Health basins</source>
        <translation>Zorgbekkens</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="34" />
        <source>Patient flows and agreements</source>
        <translation>Patiëntenstromen en overeenkomsten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="35" />
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="36" />
        <source>Whole diagnosis</source>
        <translation>Volledige diagnose</translation>
    </message>
</context>
<context>
    <name>ZoastDock</name>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="135" />
        <source>ZOAST agreements</source>
        <translation>ZOAST-overeenkomsten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="271" />
        <source>Apply the ZOAST styles to the result layers of the project (gaps, accessibility, basins…).</source>
        <translation>De ZOAST-stijlen toepassen op de resultaatlagen van het project (tekorten, toegankelijkheid, zorgbekkens…).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="759" />
        <source>{count} result layer(s) styled.</source>
        <translation>Stijl toegepast op {count} resultaatlaag/-lagen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="146" />
        <source>No agreements store open</source>
        <translation>Geen databank van overeenkomsten geopend</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="147" />
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="149" />
        <source>Open a ZOAST agreements store (GeoPackage).</source>
        <translation>Een ZOAST-databank van overeenkomsten (GeoPackage) openen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="151" />
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="153" />
        <source>Create a new agreements store, or add one to a GeoPackage.</source>
        <translation>Een nieuwe databank van overeenkomsten aanmaken, of er een aan een GeoPackage toevoegen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="169" />
        <source>Filter agreements (code, name, status)…</source>
        <translation>Overeenkomsten filteren (code, naam, status)…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="173" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="173" />
        <source>Name (French)</source>
        <translation>Naam (Frans)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="173" />
        <source>Name (Dutch)</source>
        <translation>Naam (Nederlands)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="173" />
        <source>Units</source>
        <translation>Eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="216" />
        <source>Establishments</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="197" />
        <source>Add agreement</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="200" />
        <source>Remove agreement</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="202" />
        <source>Remove the agreement and its members (saved on Save).</source>
        <translation>De overeenkomst en haar leden verwijderen (doorgevoerd bij Opslaan).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="214" />
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="215" />
        <source>Member units</source>
        <translation>Aangesloten eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="227" />
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="231" />
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="237" />
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="239" />
        <source>Check the agreements and write them to the store, all or nothing.</source>
        <translation>De overeenkomsten controleren en naar de databank schrijven, alles of niets.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="241" />
        <source>Revert</source>
        <translation>Terugdraaien</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="243" />
        <source>Forget the edits made since the last save.</source>
        <translation>De bewerkingen sinds het laatste opslaan verwerpen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="261" />
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="264" />
        <source>Build perimeters</source>
        <translation>Perimeters opbouwen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="266" />
        <source>Run 'ZOAST agreement perimeters' on the saved agreements and the units layer, and add the perimeters to the map.</source>
        <translation>'Perimeters van de ZOAST-overeenkomsten' uitvoeren op de opgeslagen overeenkomsten en de eenhedenlaag, en de perimeters aan de kaart toevoegen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="305" />
        <source>ZOAST</source>
        <translation>ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="310" />
        <source>Open an agreements store</source>
        <translation>Een databank van overeenkomsten openen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="367" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="316" />
        <source>New agreements store</source>
        <translation>Nieuwe databank van overeenkomsten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="335" />
        <source>Unsaved edits</source>
        <translation>Niet-opgeslagen bewerkingen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="335" />
        <source>The agreements have unsaved edits. Discard them?</source>
        <translation>De overeenkomsten hebben niet-opgeslagen bewerkingen. Deze verwerpen?</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="396" />
        <source>Upgrade the agreements store?</source>
        <translation>De databank van overeenkomsten bijwerken?</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="412" />
        <source>Opened {path}: {count} agreement(s).</source>
        <translation>{path} geopend: {count} overeenkomst(en).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="425" />
        <source>Created the agreements store {path}.</source>
        <translation>Databank van overeenkomsten {path} aangemaakt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="460" />
        <source>Open or create an agreements store first.</source>
        <translation>Open eerst een databank van overeenkomsten of maak er een aan.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="476" />
        <source>Not saved: {count} problem(s) to fix first.</source>
        <translation>Niet opgeslagen: eerst {count} probleem/problemen oplossen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="493" />
        <source>Saved: {count} row(s) written.</source>
        <translation>Opgeslagen: {count} rij(en) geschreven.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="520" />
        <source>Add agreement {code}</source>
        <translation>Overeenkomst {code} toevoegen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="528" />
        <source>Remove agreement {code}</source>
        <translation>Overeenkomst {code} verwijderen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="533" />
        <source>Edit {field} of {code}</source>
        <translation>{field} van {code} bewerken</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="544" />
        <source>Choose an agreement first.</source>
        <translation>Kies eerst een overeenkomst.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="547" />
        <source>Choose the layer and its id field first.</source>
        <translation>Kies eerst de laag en haar id-veld.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="551" />
        <source>Select features on the map in layer '{layer}' first.</source>
        <translation>Selecteer eerst objecten op de kaart in laag '{layer}'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="554" />
        <source>Add {count} member(s) to {code}</source>
        <translation>{count} lid/leden toevoegen aan {code}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="557" />
        <source>{added} member(s) added to {code}; {already} already member(s).</source>
        <translation>{added} lid/leden toegevoegd aan {code}; {already} was/waren al lid.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="581" />
        <source>Remove {count} member(s) from {code}</source>
        <translation>{count} lid/leden verwijderen uit {code}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="584" />
        <source>{count} member(s) removed from {code}.</source>
        <translation>{count} lid/leden verwijderd uit {code}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="592" />
        <source>Choose an agreement and the layer first.</source>
        <translation>Kies eerst een overeenkomst en de laag.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="602" />
        <source>{count} member(s) of {code} selected in '{layer}'.</source>
        <translation>{count} lid/leden van {code} geselecteerd in '{layer}'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="727" />
        <source>Open a store and choose the units layer and its id field first.</source>
        <translation>Open een databank en kies eerst de eenhedenlaag en haar id-veld.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="731" />
        <source>Save the agreements before building the perimeters.</source>
        <translation>Sla de overeenkomsten op voordat u de perimeters opbouwt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="754" />
        <source>{count} agreement perimeter(s) built.</source>
        <translation>{count} perimeter(s) van overeenkomsten opgebouwd.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="155" />
        <source>PostgreSQL…</source>
        <translation>PostgreSQL…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="157" />
        <source>Open, create or upgrade an agreements store shared on a PostgreSQL/PostGIS server.</source>
        <translation>Een gedeelde databank van overeenkomsten op een PostgreSQL/PostGIS-server openen, aanmaken of bijwerken.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="173" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="269" />
        <source>Style results</source>
        <translation>Resultaten opmaken</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="357" />
        <source>Copy the agreements store?</source>
        <translation>De databank van overeenkomsten kopiëren?</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="357" />
        <source>'{path}' belongs to the plugin or is read-only: ZOAST does not change it. Open a copy instead? The copy goes to your QGIS profile ({target}) unless you choose another place.</source>
        <translation>'{path}' hoort bij de plugin of is alleen-lezen: ZOAST wijzigt het niet. In plaats daarvan een kopie openen? De kopie komt in uw QGIS-profiel ({target}), tenzij u een andere plaats kiest.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="361" />
        <source>Copy to my profile</source>
        <translation>Naar mijn profiel kopiëren</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="362" />
        <source>Choose where…</source>
        <translation>Plaats kiezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="367" />
        <source>Copy the agreements store to</source>
        <translation>De databank van overeenkomsten kopiëren naar</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="384" />
        <source>Not opened: the store was not copied.</source>
        <translation>Niet geopend: de databank is niet gekopieerd.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="389" />
        <source>Cannot copy the store to '{target}': {error}</source>
        <translation>Kan de databank niet kopiëren naar '{target}': {error}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="409" />
        <source>Opened a copy of the store, {path}: {count} agreement(s).</source>
        <translation>Kopie van de databank geopend, {path}: {count} overeenkomst(en).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="490" />
        <source>Saved: {count} row(s) written; {merged} row(s) changed by other users are now shown too.</source>
        <translation>Opgeslagen: {count} rij(en) geschreven; {merged} rij(en) gewijzigd door andere gebruikers worden nu ook getoond.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="500" />
        <source>Not saved: the conflicts are left to settle. Your edits are kept.</source>
        <translation>Niet opgeslagen: de conflicten moeten nog worden beslecht. Uw wijzigingen blijven behouden.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="566" />
        <source>Choose members in the list first.</source>
        <translation>Kies eerst leden in de lijst.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="568" />
        <source>End date of {count} member(s) of {code}</source>
        <translation>Einddatum van {count} lid/leden van {code}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="571" />
        <source>End date set for {count} member(s) of {code}.</source>
        <translation>Einddatum ingesteld voor {count} lid/leden van {code}.</translation>
    </message>
</context>
<context>
    <name>ZoastErrors</name>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="151" />
        <source>Field '{field}': {count} value(s) are not dates, for: {ids}. Use YYYY-MM-DD or leave empty.</source>
        <translation>Veld '{field}': {count} waarde(n) zijn geen datum, voor: {ids}. Gebruik JJJJ-MM-DD of laat leeg.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="212" />
        <source>Field '{field}': {count} agreement(s) have it before '{other}': {ids}. Dates must be in order: signed on ≤ in force from ≤ ends on.</source>
        <translation>Veld '{field}': {count} overeenkomst(en) hebben een datum vóór '{other}': {ids}. De datums moeten in volgorde staan: ondertekend op ≤ van kracht vanaf ≤ eindigt op.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="628" />
        <source>Field '{field}': {count} member code(s) match no agreement: {ids}. Create the agreement first or correct the code.</source>
        <translation>Veld '{field}': {count} ledencode(s) komen met geen enkele overeenkomst overeen: {ids}. Maak eerst de overeenkomst aan of verbeter de code.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="267" />
        <source>Field '{field}': {count} member(s) listed twice in one agreement (code/id): {ids}. Remove the duplicates.</source>
        <translation>Veld '{field}': {count} lid/leden tweemaal vermeld in één overeenkomst (code/id): {ids}. Verwijder de dubbels.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="284" />
        <source>Field '{field}': {count} member(s) with a country other than {sides}: {ids}. Correct the country.</source>
        <translation>Veld '{field}': {count} lid/leden met een ander land dan {sides}: {ids}. Verbeter het land.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="617" />
        <source>Field '{field}': {count} member id(s) not found in the layer: {ids}. Check the ids or choose the right layer.</source>
        <translation>Veld '{field}': {count} id('s) van leden niet gevonden in de laag: {ids}. Controleer de id's of kies de juiste laag.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="354" />
        <source>Field '{field}': {count} agreement(s) have member units on one side only (or none): {ids}. Add member units on both sides ({sides}).</source>
        <translation>Veld '{field}': {count} overeenkomst(en) hebben aangesloten eenheden aan slechts één kant (of geen): {ids}. Voeg aangesloten eenheden toe aan beide kanten ({sides}).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="456" />
        <source>Field '{field}': {count} agreement code(s) not found: {ids}. Choose an existing agreement.</source>
        <translation>Veld '{field}': {count} code(s) van overeenkomsten niet gevonden: {ids}. Kies een bestaande overeenkomst.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="551" />
        <source>Field '{field}': cannot merge agreement {ids} with itself. Choose two agreements.</source>
        <translation>Veld '{field}': kan overeenkomst {ids} niet met zichzelf samenvoegen. Kies twee overeenkomsten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="561" />
        <source>Field '{field}': the code {ids} is already used. Choose a new code.</source>
        <translation>Veld '{field}': de code {ids} is al in gebruik. Kies een nieuwe code.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/siting.py" line="187" />
        <source>Parameter '{field}': {value} is not allowed. Give a number greater than 0.</source>
        <translation>Parameter '{field}': {value} is niet toegestaan. Geef een getal groter dan 0.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/costs.py" line="228" />
        <source>{what}: {count} point(s) without valid coordinates, at row(s) {ids}. Remove null or empty geometries first.</source>
        <translation>{what}: {count} punt(en) zonder geldige coördinaten, op rij(en) {ids}. Verwijder eerst NULL- of lege geometrieën.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/costs.py" line="261" />
        <source>Parameter '{field}': {value} is not allowed. Roads are never shorter than a straight line: give 1 or more.</source>
        <translation>Parameter '{field}': {value} is niet toegestaan. Wegen zijn nooit korter dan een rechte lijn: geef 1 of meer.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/costs.py" line="420" />
        <source>Field '{field}': {count} road line(s) with an empty, zero or negative speed, first: {ids}. Give every line a speed in km/h greater than 0.</source>
        <translation>Veld '{field}': {count} weglijn(en) met een lege, nul- of negatieve snelheid, eerste: {ids}. Geef elke lijn een snelheid in km/u groter dan 0.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/costs.py" line="426" />
        <source>Field '{field}': {count} road line(s) with an empty or negative time, first: {ids}. Give every line a time in minutes of 0 or more.</source>
        <translation>Veld '{field}': {count} weglijn(en) met een lege of negatieve tijd, eerste: {ids}. Geef elke lijn een tijd in minuten van 0 of meer.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/validation.py" line="30" />
        <source>Field '{field}': {count} empty id(s), at row(s) {ids}. Every row needs an id.</source>
        <translation>Veld '{field}': {count} lege id('s), op rij(en) {ids}. Elke rij heeft een id nodig.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/costs.py" line="819" />
        <source>Field '{field}': {count} id(s) of the cost table are not in the layers, first: {ids}. Use the same ids as the layers or filter the table.</source>
        <translation>Veld '{field}': {count} id('s) van de kostentabel komen niet voor in de lagen, eerste: {ids}. Gebruik dezelfde id's als de lagen of filter de tabel.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/costs.py" line="865" />
        <source>Fields '{field}': {count} origin → destination pair(s) appear more than once, first: {ids}. Keep one time per pair.</source>
        <translation>Velden '{field}': {count} paar/paren herkomst → bestemming komen meer dan eens voor, eerste: {ids}. Behoud één tijd per paar.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/adjacency.py" line="55" />
        <source>Adjacency tolerance must be a number of 0 or more, got {value}.</source>
        <translation>De aangrenzingstolerantie moet een getal van 0 of meer zijn; ontvangen: {value}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="166" />
        <source>Threshold {field} = {value}: it must be a number above 0.</source>
        <translation>Drempel {field} = {value}: dit moet een getal groter dan 0 zijn.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="176" />
        <source>Thresholds out of order: {field} ({lower}) must be below {upper_field} ({upper}). Swap or fix them.</source>
        <translation>Drempels in de verkeerde volgorde: {field} ({lower}) moet lager zijn dan {upper_field} ({upper}). Wissel ze om of verbeter ze.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="239" />
        <source>Basins: {count} unit(s) without a basin id, at row(s) {ids}. Give every unit a basin.</source>
        <translation>Zorgbekkens: {count} eenheid/eenheden zonder id van zorgbekken, op rij(en) {ids}. Geef elke eenheid een zorgbekken.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="299" />
        <source>Field '{field}': {count} unit(s) with an unknown region, first ids: {ids}. Use FL, WAL or BXL.</source>
        <translation>Veld '{field}': {count} eenheid/eenheden met een onbekend gewest, eerste id's: {ids}. Gebruik FL, WAL of BXL.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="311" />
        <source>Field '{field}': {count} Belgian unit(s) whose region cannot be told from a 5-digit REFNIS code, first ids: {ids}. Fix the codes or give a region field.</source>
        <translation>Veld '{field}': {count} Belgische eenheid/eenheden waarvan het gewest niet kan worden afgeleid uit een 5-cijferige REFNIS-code, eerste id's: {ids}. Verbeter de codes of geef een gewestveld op.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="333" />
        <source>Field '{field}': {count} unit(s) neither FR nor BE, first ids: {ids}. Only French and Belgian units can be classified.</source>
        <translation>Veld '{field}': {count} eenheid/eenheden die FR noch BE zijn, eerste id's: {ids}. Enkel Franse en Belgische eenheden kunnen worden geclassificeerd.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="400" />
        <source>The Flanders rule needs each municipality's area (km²): {count} Flemish unit(s), first ids: {ids}. Choose an area field.</source>
        <translation>De Vlaamse regel vereist de oppervlakte (km²) van elke gemeente: {count} Vlaamse eenheid/eenheden, eerste id's: {ids}. Kies een oppervlakteveld.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="412" />
        <source>Field '{field}': {count} Flemish unit(s) with a zero, empty or negative area, first ids: {ids}. The density rule needs an area above 0 km².</source>
        <translation>Veld '{field}': {count} Vlaamse eenheid/eenheden met een oppervlakte die nul, leeg of negatief is, eerste id's: {ids}. De dichtheidsregel vereist een oppervlakte groter dan 0 km².</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="466" />
        <source>Brussels rule '{value}' unknown: use 'none' or 'wallonia'.</source>
        <translation>Brusselse regel '{value}' onbekend: gebruik 'none' of 'wallonia'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="495" />
        <source>Field '{field}': {count} French unit(s) without a basin, first ids: {ids}. The TVS rule needs every French unit in a basin.</source>
        <translation>Veld '{field}': {count} Franse eenheid/eenheden zonder territoire de vie-santé (TVS), eerste id's: {ids}. De TVS-regel vereist dat elke Franse eenheid tot een TVS behoort.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="52" />
        <source>Hospital (public, private or military; general, regional or cancer centre)</source>
        <translation>Ziekenhuis (openbaar, privé of militair; algemeen, regionaal of kankercentrum)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="56" />
        <source>Psychiatric hospital</source>
        <translation>Psychiatrisch ziekenhuis</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="57" />
        <source>Follow-up care and rehabilitation</source>
        <translation>Nazorg en revalidatie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="58" />
        <source>Hospital care at home</source>
        <translation>Thuishospitalisatie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="59" />
        <source>Dialysis unit</source>
        <translation>Dialyse-eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="60" />
        <source>Health centre (salaried practitioners)</source>
        <translation>Gezondheidscentrum (zorgverleners in loondienst)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="61" />
        <source>Multi-professional GP practice (maison de santé)</source>
        <translation>Multidisciplinaire huisartsenpraktijk (maison de santé)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="62" />
        <source>General practitioner</source>
        <translation>Huisarts</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="63" />
        <source>Pharmacy</source>
        <translation>Apotheek</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="64" />
        <source>Outpatient mental health centre</source>
        <translation>Centrum voor geestelijke gezondheidszorg (CGG)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="65" />
        <source>Nursing home for dependent elderly people</source>
        <translation>Woonzorgcentrum voor zorgbehoevende ouderen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="66" />
        <source>Other or unknown category</source>
        <translation>Andere of onbekende categorie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="125" />
        <source>Field '{field}': {count} categor(y/ies) are not lower-case words, first: {ids}. Use a letter then letters, digits or '_' (they become field names such as n_hospital).</source>
        <translation>Veld '{field}': {count} categorie(ën) zijn geen woorden in kleine letters, eerste: {ids}. Gebruik een letter gevolgd door letters, cijfers of '_' (ze worden veldnamen zoals n_hospital).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="155" />
        <source>Field '{field}': {count} empty code(s) in the mapping table, at row(s) {ids}. Fill or remove those rows.</source>
        <translation>Veld '{field}': {count} lege code(s) in de omzettingstabel, op rij(en) {ids}. Vul die rijen in of verwijder ze.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="168" />
        <source>Field '{field}': {count} code(s) mapped to two different categories, first: {ids}. Keep one category per code.</source>
        <translation>Veld '{field}': {count} code(s) gekoppeld aan twee verschillende categorieën, eerste: {ids}. Behoud één categorie per code.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="220" />
        <source>Categories: {count} codes but ids or labels of another length. Give one id and one label per code.</source>
        <translation>Categorieën: {count} codes maar id's of labels met een andere lengte. Geef één id en één label per code.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/flows.py" line="168" />
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
        <location filename="../zoast_plugin/core/basins.py" line="177" />
        <source>Field '{field}': {count} flow id(s) are not units of the units layer, first: {ids}. Check the id field and the unit codes (e.g. FR:59350, BE:57081).</source>
        <translation>Veld '{field}': {count} id('s) van stromen zijn geen eenheden van de eenhedenlaag, eerste: {ids}. Controleer het id-veld en de codes van de eenheden (bv. FR:59350, BE:57081).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="210" />
        <source>Flows: {count} {field} position(s) outside the units, first flow rows: {ids}.</source>
        <translation>Stromen: {count} {field}-positie(s) buiten de eenheden, eerste stroomrijen: {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="272" />
        <source>Flows ({flows}) and adjacency ({adjacency}) must both be units × units.</source>
        <translation>Stromen ({flows}) en aangrenzing ({adjacency}) moeten allebei eenheden × eenheden zijn.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="280" />
        <source>Basins within each country need the units' country field.</source>
        <translation>Zorgbekkens per land vereisen het landveld van de eenheden.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="300" />
        <source>{count} unit(s) touch no other unit (islands), first: {ids}. They keep the basin their flows give, without contiguity.</source>
        <translation>{count} eenheid/eenheden raken geen enkele andere eenheid (eilanden), eerste: {ids}. Ze behouden het zorgbekken dat hun stromen aangeven, zonder aaneengeslotenheid.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="380" />
        <source>{count} unit(s) with no flows touch no basin, first: {ids}. They joined the basin of the nearest unit.</source>
        <translation>{count} eenheid/eenheden zonder stromen raken geen enkel zorgbekken, eerste: {ids}. Ze zijn toegevoegd aan het zorgbekken van de dichtstbijzijnde eenheid.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="395" />
        <source>{count} unit(s) with no flows touch no basin, first: {ids}. Each such block is a basin of its own, with no hub.</source>
        <translation>{count} eenheid/eenheden zonder stromen raken geen enkel zorgbekken, eerste: {ids}. Elk zo'n blok vormt een eigen zorgbekken, zonder pool.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/proximity.py" line="85" />
        <source>Field '{field}': {count} negative cost(s), first pairs: {ids}.</source>
        <translation>Veld '{field}': {count} negatieve kost(en), eerste paren: {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/proximity.py" line="93" />
        <source>Basins within each country need the units' and hubs' country.</source>
        <translation>Zorgbekkens per land vereisen het land van de eenheden en van de polen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/proximity.py" line="111" />
        <source>Unknown proximity method '{method}'.</source>
        <translation>Onbekende nabijheidsmethode '{method}'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/proximity.py" line="119" />
        <source>{count} unit(s) reach no hub, first: {ids}. They are left out of every basin.</source>
        <translation>{count} eenheid/eenheden bereiken geen enkele pool, eerste: {ids}. Ze vallen buiten elk zorgbekken.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/proximity.py" line="159" />
        <source>Field '{field}': {count} hub(s) with a missing or negative supply, first: {ids}.</source>
        <translation>Veld '{field}': {count} pool(en) met een ontbrekend of negatief aanbod, eerste: {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/proximity.py" line="174" />
        <source>Unknown distance decay '{decay}'.</source>
        <translation>Onbekend afstandsverval '{decay}'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/proximity.py" line="187" />
        <source>Costs: {count} {field} position(s) out of range, first pairs: {ids}.</source>
        <translation>Kosten: {count} {field}-positie(s) buiten bereik, eerste paren: {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/candidates.py" line="46" />
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
        <location filename="../zoast_plugin/core/accessibility.py" line="122" />
        <source>Parameter '{field}' is empty. Write steps as minutes:weight, e.g. 10:1;20:0.68;30:0.22.</source>
        <translation>Parameter '{field}' is leeg. Schrijf de stappen als minuten:gewicht, bv. 10:1;20:0.68;30:0.22.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="137" />
        <source>Parameter '{field}': step '{piece}' is not minutes:weight. Write steps as minutes:weight separated by ';', e.g. 10:1;20:0.68;30:0.22.</source>
        <translation>Parameter '{field}': stap '{piece}' heeft niet de vorm minuten:gewicht. Schrijf de stappen als minuten:gewicht gescheiden door ';', bv. 10:1;20:0.68;30:0.22.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="148" />
        <source>Parameter '{field}': step '{piece}' has minutes of 0 or less. Give minutes greater than 0.</source>
        <translation>Parameter '{field}': stap '{piece}' heeft 0 of minder minuten. Geef minuten groter dan 0.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="159" />
        <source>Parameter '{field}': step '{piece}' has a weight outside 0–1. Give weights between 0 and 1.</source>
        <translation>Parameter '{field}': stap '{piece}' heeft een gewicht buiten 0–1. Geef gewichten tussen 0 en 1.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="170" />
        <source>Parameter '{field}': step '{piece}' does not come after {previous} minutes. List the steps by increasing minutes.</source>
        <translation>Parameter '{field}': stap '{piece}' komt niet na {previous} minuten. Rangschik de stappen volgens stijgende minuten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="182" />
        <source>Parameter '{field}': step '{piece}' weighs more than the step before. Weights must not increase with travel time.</source>
        <translation>Parameter '{field}': stap '{piece}' weegt meer dan de vorige stap. Gewichten mogen niet toenemen met de reistijd.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="264" />
        <source>Parameter '{field}': {value} is not a method. Use 0 (2SFCA), 1 (E2SFCA) or 2 (Gaussian).</source>
        <translation>Parameter '{field}': {value} is geen methode. Gebruik 0 (2SFCA), 1 (E2SFCA) of 2 (Gaussisch).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="440" />
        <source>Field '{field}': {count} empty country code(s), first ids: {ids}. Give every row its country (FR, BE…).</source>
        <translation>Veld '{field}': {count} lege landcode(s), eerste id's: {ids}. Geef elke rij haar land (FR, BE…).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="515" />
        <source>Parameter '{field}': {value} is not a border mode. Use 0 (national), 1 (inside a ZOAST) or 2 (open border).</source>
        <translation>Parameter '{field}': {value} is geen grensmodus. Gebruik 0 (nationaal), 1 (binnen een ZOAST) of 2 (open grens).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="535" />
        <source>Parameter '{field}': border mode 1 (inside a ZOAST) needs the agreement members table. Give it, or choose another border mode.</source>
        <translation>Parameter '{field}': grensmodus 1 (binnen een ZOAST) vereist de ledentabel van de overeenkomsten. Geef deze op, of kies een andere grensmodus.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="143" />
        <source>bytes that are not valid in the chosen encoding (replaced)</source>
        <translation>bytes die niet geldig zijn in de gekozen codering (vervangen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="144" />
        <source>line is valid UTF-8 read as latin-1: the file is probably UTF-8, choose that encoding</source>
        <translation>regel is geldige UTF-8 gelezen als latin-1: het bestand is waarschijnlijk UTF-8, kies die codering</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="148" />
        <source>fewer fields than the record type has (record skipped)</source>
        <translation>minder velden dan het recordtype heeft (record overgeslagen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="149" />
        <source>more fields than the record type has (record skipped)</source>
        <translation>meer velden dan het recordtype heeft (record overgeslagen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="150" />
        <source>unknown record type (line skipped)</source>
        <translation>onbekend recordtype (regel overgeslagen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="151" />
        <source>nofinesset is not a 9-character FINESS number (record skipped)</source>
        <translation>nofinesset is geen FINESS-nummer van 9 tekens (record overgeslagen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="152" />
        <source>nofinesset already read on an earlier line (record skipped)</source>
        <translation>nofinesset al gelezen op een eerdere regel (record overgeslagen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="153" />
        <source>second geolocation of the same nofinesset (the first one is used)</source>
        <translation>tweede geolocatie van hetzelfde nofinesset (de eerste wordt gebruikt)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="157" />
        <source>geolocation of a nofinesset with no structureet record</source>
        <translation>geolocatie van een nofinesset zonder structureet-record</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="158" />
        <source>establishment with no coordinates (no point)</source>
        <translation>instelling zonder coördinaten (geen punt)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="159" />
        <source>coordinates that are not numbers (no point)</source>
        <translation>coördinaten die geen getallen zijn (geen punt)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="160" />
        <source>coordinate system not recognised in sourcecoordet (coordinates kept, no point)</source>
        <translation>coördinatensysteem niet herkend in sourcecoordet (coördinaten behouden, geen punt)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="164" />
        <source>commune/departement do not make an INSEE code (commune left empty)</source>
        <translation>commune/departement vormen geen INSEE-code (gemeente leeg gelaten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="298" />
        <source>FINESS file: no 'structureet' record in {lines} line(s). Choose the geolocated FINESS extract (';'-separated).</source>
        <translation>FINESS-bestand: geen 'structureet'-record in {lines} regel(s). Kies het gegeolokaliseerde FINESS-extract (gescheiden door ';').</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess_json.py" line="168" />
        <source>FINESS file: '{path}' not found. Choose an existing file.</source>
        <translation>FINESS-bestand: '{path}' niet gevonden. Kies een bestaand bestand.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/validation.py" line="13" />
        <source>{what}: field(s) {fields} not found. Choose existing fields.</source>
        <translation>{what}: veld(en) {fields} niet gevonden. Kies bestaande velden.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/validation.py" line="40" />
        <source>Field '{field}': {count} rows share an id with another row, first: {ids}. Ids must be unique.</source>
        <translation>Veld '{field}': {count} rijen delen een id met een andere rij, eerste: {ids}. Id's moeten uniek zijn.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/validation.py" line="56" />
        <source>Field '{field}': {count} empty or non-numeric value(s), first ids: {ids}. Fill them or filter those rows.</source>
        <translation>Veld '{field}': {count} lege of niet-numerieke waarde(n), eerste id's: {ids}. Vul ze in of filter die rijen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/validation.py" line="67" />
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
    <message>
        <location filename="../zoast_plugin/core/adjacency.py" line="133" />
        <source>Field '{field}': {count} empty or invalid geometries, first ids: {ids}. Repair them (Fix geometries) and run again.</source>
        <translation>Veld '{field}': {count} lege of ongeldige geometrieën, eerste id's: {ids}. Herstel ze (Geometrieën herstellen) en voer opnieuw uit.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/flows.py" line="60" />
        <source>Field(s) '{field}': {count} flow(s) with an empty id, at row(s) {ids}. Every flow needs one.</source>
        <translation>Veld(en) '{field}': {count} stroom/stromen met een lege id, op rij(en) {ids}. Elke stroom heeft er een nodig.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/flows.py" line="74" />
        <source>{count} id(s) of the flows not found in the layers: {ids}. Check the field(s) '{field}', the layers, or the ids' format (e.g. FR:59350).</source>
        <translation>{count} id('s) van de stromen niet gevonden in de lagen: {ids}. Controleer het veld/de velden '{field}', de lagen of het formaat van de id's (bv. FR:59350).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/population.py" line="81" />
        <source>Age bands '{value}': give the lower bound of each band in years, increasing and starting at 0, e.g. 0,15,30,45,60,75,90.</source>
        <translation>Leeftijdsklassen '{value}': geef de ondergrens van elke klasse in jaren, stijgend en beginnend bij 0, bv. 0,15,30,45,60,75,90.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/population.py" line="115" />
        <source>Encoding '{encoding}' is unknown. Try UTF-8, windows-1252 or latin-1.</source>
        <translation>Codering '{encoding}' is onbekend. Probeer UTF-8, windows-1252 of latin-1.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/population.py" line="120" />
        <source>File '{file}': line {line} cannot be read as {encoding}. Give the file's encoding (e.g. windows-1252 or latin-1), or save it as UTF-8.</source>
        <translation>Bestand '{file}': regel {line} kan niet gelezen worden als {encoding}. Geef de codering van het bestand (bv. windows-1252 of latin-1), of bewaar het als UTF-8.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/population.py" line="139" />
        <source>File '{file}': no column separator (; , tab or |) in its first line. Give a CSV or text export of the official table.</source>
        <translation>Bestand '{file}': geen kolomscheidingsteken (; , tab of |) in de eerste regel. Geef een CSV- of tekstexport van de officiële tabel.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/population.py" line="153" />
        <source>File '{file}': {count} line(s) do not have the {width} columns of the header, at line(s) {ids}. Check the separator and the quotes.</source>
        <translation>Bestand '{file}': {count} regel(s) hebben niet de {width} kolommen van de kop, op regel(s) {ids}. Controleer het scheidingsteken en de aanhalingstekens.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/population.py" line="175" />
        <source>File '{file}': not a population table this algorithm knows (columns: {fields}). Expected INSEE's CODGEO with P21_POP0014 … P21_POP90P or single ages (AGED100), or Statbel's CD_REFNIS, CD_AGE, MS_POPULATION.</source>
        <translation>Bestand '{file}': geen bevolkingstabel die dit algoritme kent (kolommen: {fields}). Verwacht: CD_REFNIS, CD_AGE, MS_POPULATION van Statbel, of CODGEO van INSEE met P21_POP0014 … P21_POP90P of afzonderlijke leeftijden (AGED100).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/population.py" line="199" />
        <source>Field '{field}': {count} value(s) are not counts (numbers of 0 or more), for codes {ids}.</source>
        <translation>Veld '{field}': {count} waarde(n) zijn geen aantallen (getallen van 0 of meer), voor codes {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/population.py" line="274" />
        <source>Field '{field}': {count} row(s) without an age in years (0 to 120), for codes {ids}.</source>
        <translation>Veld '{field}': {count} rij(en) zonder leeftijd in jaren (0 tot 120), voor codes {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/population.py" line="293" />
        <source>File '{file}': {count} INSEE age column(s) missing for 20{year}, for bands starting at {ids}. The file needs P{year}_POP0014 … P{year}_POP90P.</source>
        <translation>Bestand '{file}': {count} INSEE-leeftijdskolom(men) ontbreken voor 20{year}, voor de klassen vanaf {ids}. Het bestand heeft P{year}_POP0014 … P{year}_POP90P nodig.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/population.py" line="304" />
        <source>Age bands {value}: INSEE's file has only its seven bands (0, 15, 30, 45, 60, 75, 90); choose bands made of them, or use a file by single age.</source>
        <translation>Leeftijdsklassen {value}: het INSEE-bestand heeft enkel zijn zeven klassen (0, 15, 30, 45, 60, 75, 90); kies klassen die daaruit bestaan, of gebruik een bestand per afzonderlijke leeftijd.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="304" />
        <source>Field '{field}': {count} member row(s) with no agreement code, at row(s) {ids}. Fill them or remove those rows.</source>
        <translation>Veld '{field}': {count} lidrij(en) zonder overeenkomstcode, in rij(en) {ids}. Vul ze in of verwijder die rijen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="316" />
        <source>Field '{field}': {count} empty member id(s), at row(s) {ids}. Fill them or remove those rows.</source>
        <translation>Veld '{field}': {count} lege lid-id('s), in rij(en) {ids}. Vul ze in of verwijder die rijen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/louvain.py" line="79" />
        <source>Resolution {resolution}: the Louvain resolution must be a number above 0 (1 is the usual modularity; smaller gives fewer, larger basins).</source>
        <translation>Resolutie {resolution}: de Louvain-resolutie moet een getal boven 0 zijn (1 is de gewone modulariteit; kleiner geeft minder, grotere zorgbekkens).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/coordinates.py" line="58" />
        <source>position outside the area of use of its coordinate system (no point)</source>
        <translation>positie buiten het gebruiksgebied van haar coördinatenstelsel (geen punt)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/coordinates.py" line="61" />
        <source>x and y (or latitude and longitude) swapped: fix the record (no point)</source>
        <translation>x en y (of breedte- en lengtegraad) verwisseld: corrigeer het record (geen punt)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/coordinates.py" line="64" />
        <source>position outside the territory of the record (no point)</source>
        <translation>positie buiten het grondgebied van het record (geen punt)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess_json.py" line="71" />
        <source>establishment closed (etatObjet not A, or dateFermeture passed)</source>
        <translation>instelling gesloten (etatObjet niet A, of dateFermeture verstreken)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess_json.py" line="72" />
        <source>no categorieentiteGeographiqueExercice (category other)</source>
        <translation>geen categorieentiteGeographiqueExercice (categorie other)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess_json.py" line="73" />
        <source>record that is not a JSON object (skipped)</source>
        <translation>record dat geen JSON-object is (overgeslagen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess_json.py" line="135" />
        <source>File '{path}': a JSON file with no 'pmej' array, not the FINESS Structures feed. Choose finess-structures-*.json from data.gouv.fr.</source>
        <translation>Bestand '{path}': een JSON-bestand zonder 'pmej'-lijst, niet de FINESS Structures-feed. Kies finess-structures-*.json van data.gouv.fr.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess_json.py" line="214" />
        <source>File '{path}', line {line}: bytes that are not UTF-8 (byte {byte}). The FINESS JSON feed is UTF-8: download it again, or convert it from {encoding} to UTF-8.</source>
        <translation>Bestand '{path}', regel {line}: bytes die geen UTF-8 zijn (byte {byte}). De FINESS JSON-feed is UTF-8: download hem opnieuw, of zet hem om van {encoding} naar UTF-8.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess_json.py" line="294" />
        <source>File '{path}', line {line}: not valid JSON ({message}). The file may be cut short: download it again.</source>
        <translation>Bestand '{path}', regel {line}: geen geldige JSON ({message}). Het bestand is misschien afgebroken: download het opnieuw.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="778" />
        <source>The Walloon and Flemish rules count the GPs located in each municipality: {count} Belgian unit(s), first ids: {ids}. Give the GP practices layer (GP_SUPPLY).</source>
        <translation>De Waalse en Vlaamse regels tellen de huisartsen gevestigd in elke gemeente: {count} Belgische eenhe(i)d(en), eerste id's: {ids}. Geef de laag met huisartspraktijken (GP_SUPPLY).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="799" />
        <source>Field '{field}': {count} French unit(s) without a territoire de vie-santé (TVS), first ids: {ids}. The TVS rule needs every French commune in a TVS.</source>
        <translation>Veld '{field}': {count} Franse eenhe(i)d(en) zonder territoire de vie-santé (TVS), eerste id's: {ids}. De TVS-regel vraagt dat elke Franse gemeente tot een TVS behoort.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/indicators.py" line="37" />
        <source>the APL (consultations per year per standardised inhabitant)</source>
        <translation>de APL (raadplegingen per jaar per gestandaardiseerde inwoner)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/indicators.py" line="38" />
        <source>FTE GPs per 100,000 inhabitants</source>
        <translation>VTE huisartsen per 100.000 inwoners</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/indicators.py" line="39" />
        <source>GPs (head count) per 100,000 inhabitants</source>
        <translation>huisartsen (koppen) per 100.000 inwoners</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/indicators.py" line="40" />
        <source>FTE per inhabitant</source>
        <translation>VTE per inwoner</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/indicators.py" line="41" />
        <source>a measure of unknown unit</source>
        <translation>een maat in een onbekende eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="504" />
        <source>Parameter '{field}': {value} is not a share. Give a weight between 0 (national supply only) and 1 (every resident at full weight across the border).</source>
        <translation>Parameter '{field}': {value} is geen aandeel. Geef een gewicht tussen 0 (enkel nationaal aanbod) en 1 (elke inwoner volledig over de grens).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/louvain.py" line="88" />
        <source>The number of Louvain tries must be 1 or more, got {value}.</source>
        <translation>Het aantal Louvain-pogingen moet minstens 1 zijn, ontvangen: {value}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="245" />
        <source>Field '{field}': {count} care type(s) asked for are not in the flow table: {ids}. The table holds: {present}.</source>
        <translation>Veld '{field}': {count} gevraagde zorgtype(s) staan niet in de stromentabel: {ids}. De tabel bevat: {present}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="503" />
        <source>{count} unit(s) are cut off from their basin's hub and touch no other basin (e.g. islands), first: {ids}. They stay in the basin they were given.</source>
        <translation>{count} eenheid/eenheden zijn afgesneden van de pool van hun zorgbekken en raken geen ander zorgbekken (bv. eilanden), eerste: {ids}. Ze blijven in het zorgbekken dat ze kregen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/webmap.py" line="293" />
        <source>Layer '{layer}': {count} feature(s) without a value in the key field left off the web map (first rows: {ids}).</source>
        <translation>Laag '{layer}': {count} object(en) zonder waarde in het sleutelveld niet op de webkaart (eerste rijen: {ids}).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/webmap.py" line="407" />
        <source>Field '{field}': {count} agreement(s) have no member unit at this date and are left off the web map: {ids}. Add member units or choose another date.</source>
        <translation>Veld '{field}': {count} overeenkomst(en) hebben op deze datum geen leden en staan niet op de webkaart: {ids}. Voeg leden toe of kies een andere datum.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/webmap.py" line="438" />
        <source>{count} member establishment(s) have no coordinates: {ids}. They are listed on the web map without a distance or a marker; give them a point geometry.</source>
        <translation>{count} aangesloten instelling(en) zonder coördinaten: {ids}. Ze staan op de webkaart zonder afstand of markering; geef ze een puntgeometrie.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/webmap.py" line="448" />
        <source>Field '{field}': {count} member establishment(s) are on no side of the border ({sides}): {ids}. The web map lists them for residents of both sides; fill in their country.</source>
        <translation>Veld '{field}': {count} aangesloten instelling(en) aan geen enkele kant van de grens ({sides}): {ids}. De webkaart vermeldt ze voor de inwoners van beide kanten; vul hun land in.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="232" />
        <source>Field '{field}': {count} member(s) leave before they join (code/id): {ids}. The end date must be on or after the 'member since' date, or empty.</source>
        <translation>Veld '{field}': {count} lid/leden vertrekken voordat ze toetreden (code/id): {ids}. De einddatum moet op of na de datum 'lid sinds' liggen, of leeg zijn.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/scenario.py" line="106" />
        <source>Field '{field}': {count} supply id(s) match no supply point, first: {ids}. Check the ids against the supply layer and the added points.</source>
        <translation>Veld '{field}': {count} id('s) van aanbod komen met geen enkel aanbodpunt overeen, eerste: {ids}. Controleer de id's in de aanbodlaag en de toegevoegde punten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/scenario.py" line="131" />
        <source>Field '{field}': {count} added supply point(s) reuse an existing id, first: {ids}. Give added points new ids.</source>
        <translation>Veld '{field}': {count} toegevoegd(e) aanbodpunt(en) hergebruiken een bestaande id, eerste: {ids}. Geef toegevoegde punten nieuwe id's.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/scenario.py" line="185" />
        <source>Parameter '{field}': {count} membership(s) to remove do not exist, first: {ids}. Check the agreement codes and unit ids.</source>
        <translation>Parameter '{field}': {count} te verwijderen lidmaatschap(pen) bestaan niet, eerste: {ids}. Controleer de codes van de overeenkomsten en de id's van de eenheden.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/siting.py" line="139" />
        <source>Parameter '{field}': {value} sites asked for, but there are {candidates} candidate(s). Ask for 1 to {candidates} sites, or give more candidates.</source>
        <translation>Parameter '{field}': {value} locaties gevraagd, maar er zijn {candidates} kandida(a)t(en). Vraag 1 tot {candidates} locaties, of geef meer kandidaten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/siting.py" line="152" />
        <source>Field '{field}': the demand of all {units} unit(s) is 0. There is nothing to cover: choose the population field.</source>
        <translation>Veld '{field}': de vraag van alle {units} eenhe(i)d(en) is 0. Er is niets te dekken: kies het bevolkingsveld.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/siting.py" line="208" />
        <source>Parameter '{field}': a grid of {value} m gives {count} points over the units. Choose a larger spacing (at most 5,000,000 points).</source>
        <translation>Parameter '{field}': een raster van {value} m geeft {count} punten over de eenheden. Kies een grotere maaswijdte (hoogstens 5.000.000 punten).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="677" />
        <source>Field '{field}': {count} French unit(s) hold {kind} (field {kind_field}), not the APL the French zoning reads, first ids: {ids}. Run zoast:apl (French APL) and choose its access field, or set the indicator type if the field really is the APL. With units of both countries, give one field holding the APL for French units and FTE per 100,000 for Belgian units, with {kind_field} (the model zoast:zoast_diagnosis builds it).</source>
        <translation>Veld '{field}': {count} Franse eenhe(i)d(en) bevatten {kind} (veld {kind_field}), niet de APL die de Franse zonering leest, eerste id's: {ids}. Voer zoast:apl (Franse APL) uit en kies zijn veld access, of geef het type indicator op als het veld echt de APL is. Voor eenheden van beide landen: geef één veld met de APL voor de Franse eenheden en VTE per 100.000 voor de Belgische eenheden, met {kind_field} (het model zoast:zoast_diagnosis bouwt het op).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="693" />
        <source>Field '{field}': {count} Belgian unit(s) hold {kind} (field {kind_field}), not GPs per 100,000, first ids: {ids}. Run zoast:accessibility with the capacity fte and the scale 100000 and choose its access field, or set the indicator type. With units of both countries, give one field holding the APL for French units and FTE per 100,000 for Belgian units, with {kind_field} (the model zoast:zoast_diagnosis builds it).</source>
        <translation>Veld '{field}': {count} Belgische eenhe(i)d(en) bevatten {kind} (veld {kind_field}), geen huisartsen per 100.000, eerste id's: {ids}. Voer zoast:accessibility uit met de capaciteit fte en de schaal 100000 en kies zijn veld access, of geef het type indicator op. Voor eenheden van beide landen: geef één veld met de APL voor de Franse eenheden en VTE per 100.000 voor de Belgische eenheden, met {kind_field} (het model zoast:zoast_diagnosis bouwt het op).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="686" />
        <source>{count} basin(s) stay under the minimum LI, population or flow volume: they touch no basin to merge into. First hubs (or first unit of a basin without hub): {ids}.</source>
        <translation>{count} zorgbekken(s) blijven onder de minimale LI, bevolking of stromenvolume: ze raken geen zorgbekken om mee samen te voegen. Eerste polen (of eerste eenheid van een zorgbekken zonder pool): {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess_json.py" line="144" />
        <source>File '{path}': a FINESS Structures feed with no establishment (no 'ege' record in its {count} legal entit(y/ies)): nothing to import. Choose the full finess-structures-*.json from data.gouv.fr.</source>
        <translation>Bestand '{path}': een FINESS Structures-feed zonder enige instelling (geen 'ege'-record in zijn {count} juridische entiteit(en)): niets te importeren. Kies het volledige finess-structures-*.json op data.gouv.fr.</translation>
    </message>
</context>
<context>
    <name>ZoastGapClasses</name>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="85" />
        <source>Outside the GP zoning (France)</source>
        <translation>Buiten de huisartsenzonering (Frankrijk)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="86" />
        <source>Severe GP shortage (Wallonia)</source>
        <translation>Ernstig tekort aan huisartsen (Wallonië)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="87" />
        <source>GP shortage (Wallonia)</source>
        <translation>Tekort aan huisartsen (Wallonië)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="88" />
        <source>No GP shortage (Wallonia)</source>
        <translation>Geen tekort aan huisartsen (Wallonië)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="89" />
        <source>Priority zone (Flanders)</source>
        <translation>Prioritaire zone (huisartsarm, Vlaanderen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="90" />
        <source>Not a priority zone (Flanders)</source>
        <translation>Geen prioritaire zone (Vlaanderen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="91" />
        <source>Brussels: no rule applied</source>
        <translation>Brussel: geen regel toegepast</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="96" />
        <source>Wallonia: AViQ Impulseo GP shortage</source>
        <translation>Wallonië: huisartsentekort volgens AViQ Impulseo</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="98" />
        <source>No rule</source>
        <translation>Geen regel</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="111" />
        <source>Severe shortage</source>
        <translation>Ernstig tekort</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="112" />
        <source>Shortage</source>
        <translation>Tekort</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="113" />
        <source>No shortage</source>
        <translation>Geen tekort</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="114" />
        <source>Not judged</source>
        <translation>Niet beoordeeld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="83" />
        <source>Potential ZIP (priority intervention zone)</source>
        <translation>Potentiële ZIP (prioritaire interventiezone)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="84" />
        <source>Potential ZAC (complementary action zone)</source>
        <translation>Potentiële ZAC (zone voor aanvullende actie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="95" />
        <source>France: APL GP zoning (2017 thresholds; the ARS decides)</source>
        <translation>Frankrijk: zonering van huisartsen op de APL (drempels van 2017; het ARS beslist)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="97" />
        <source>Flanders: Departement Zorg priority zones</source>
        <translation>Vlaanderen: prioritaire zones van het Departement Zorg</translation>
    </message>
</context>
<context>
    <name>ZoastLabels</name>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="27" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="28" />
        <source>Name (French)</source>
        <translation>Naam (Frans)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="29" />
        <source>Name (Dutch)</source>
        <translation>Naam (Nederlands)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="30" />
        <source>Signed on</source>
        <translation>Ondertekend op</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="31" />
        <source>In force from</source>
        <translation>Van kracht vanaf</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="32" />
        <source>Ends on</source>
        <translation>Eindigt op</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="33" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="34" />
        <source>Care covered</source>
        <translation>Gedekte zorg</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="35" />
        <source>Insurers</source>
        <translation>Verzekeringsinstellingen (ziekenfondsen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="36" />
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="37" />
        <source>Member units</source>
        <translation>Aangesloten gemeenten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="38" />
        <source>Establishments</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="39" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="40" />
        <source>Member since</source>
        <translation>Lid sinds</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="41" />
        <source>Member until</source>
        <translation>Lid tot</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="51" />
        <source>In force</source>
        <translation>Van kracht</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="52" />
        <source>Merged</source>
        <translation>Samengevoegd</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="53" />
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="59" />
        <source>Ambulatory care</source>
        <translation>Ambulante zorg</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="60" />
        <source>Hospital care</source>
        <translation>Ziekenhuisopname</translation>
    </message>
</context>
<context>
    <name>ZoastLegends</name>
    <message>
        <location filename="../zoast_plugin/processing/legends.py" line="30" />
        <source>France → Belgium</source>
        <translation>Frankrijk → België</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/legends.py" line="31" />
        <source>Belgium → France</source>
        <translation>België → Frankrijk</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/legends.py" line="32" />
        <source>Domestic</source>
        <translation>Binnenlands</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/legends.py" line="33" />
        <source>Other directions</source>
        <translation>Andere richtingen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/legends.py" line="36" />
        <source>line width: patients</source>
        <translation>lijndikte: patiënten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/legends.py" line="37" />
        <source>points per 10,000 inhabitants</source>
        <translation>punten per 10.000 inwoners</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/legends.py" line="40" />
        <source>consultations per year per standardised inhabitant</source>
        <translation>raadplegingen per jaar per gestandaardiseerde inwoner</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/legends.py" line="41" />
        <source>{capacity} per {scale} inhabitants</source>
        <translation>{capacity} per {scale} inwoners</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/legends.py" line="38" />
        <source>% of their cross-border patients an extension would cover</source>
        <translation>% van hun grensoverschrijdende patiënten die een uitbreiding zou dekken</translation>
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
        <location filename="../zoast_plugin/processing/provider.py" line="53" />
        <source>ZOAST cross-border health</source>
        <translation>ZOAST – grensoverschrijdende zorg</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/provider.py" line="56" />
        <source>ZOAST cross-border health access (France–Belgium)</source>
        <translation>ZOAST grensoverschrijdende toegang tot zorg (Frankrijk–België)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/provider.py" line="67" />
        <source>The Python package '{name}' (version {wanted} or newer, for {why}) is missing or too old (found: {found}). ZOAST algorithms are not available until it is installed.</source>
        <translation>Het Python-pakket '{name}' (versie {wanted} of nieuwer, voor {why}) ontbreekt of is te oud (gevonden: {found}). De ZOAST-algoritmen zijn pas beschikbaar nadat het geïnstalleerd is.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/provider.py" line="76" />
        <source>Optional Python package '{name}' is missing: {why} are not available.</source>
        <translation>Optioneel Python-pakket '{name}' ontbreekt: {why} zijn niet beschikbaar.</translation>
    </message>
</context>
<context>
    <name>alg</name>
    <message>
        <location filename="../zoast_plugin/processing/parameters.py" line="57" />
        <source>Analysis CRS (projected, metres)</source>
        <translation>Analyse-CRS (geprojecteerd, meter)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/parameters.py" line="57" />
        <source>Distances are measured in this projected CRS. ETRS89-LAEA (EPSG:3035) suits both France and Belgium.</source>
        <translation>Afstanden worden gemeten in dit geprojecteerde CRS. ETRS89-LAEA (EPSG:3035) is geschikt voor zowel Frankrijk als België.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/parameters.py" line="71" />
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
        <location filename="../zoast_plugin/processing/travel_costs.py" line="153" />
        <source>Road network</source>
        <translation>Wegennet</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="173" />
        <source>Road network: {nodes} nodes, {edges} edges.</source>
        <translation>Wegennet: {nodes} knooppunten, {edges} verbindingen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="70" />
        <source>Territorial units (communes)</source>
        <translation>Territoriale eenheden (gemeenten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="70" />
        <source>Communes or other units, as points or polygons (polygons use their point on surface).</source>
        <translation>Gemeenten of andere eenheden, als punten of polygonen (polygonen gebruiken hun punt op oppervlak).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/unit_inputs.py" line="28" />
        <source>Unit id field</source>
        <translation>Id-veld van de eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/unit_inputs.py" line="28" />
        <source>Unique id of each unit, e.g. FR:59350 or BE:57081.</source>
        <translation>Uniek id van elke eenheid, bv. FR:59350 of BE:57081.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="192" />
        <source>Supply points</source>
        <translation>Aanbodpunten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/unit_inputs.py" line="16" />
        <source>GP practices, hospitals or other care supply, as points.</source>
        <translation>Huisartsenpraktijken, ziekenhuizen of ander zorgaanbod, als punten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="90" />
        <source>Supply id field</source>
        <translation>Id-veld van het aanbod</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="90" />
        <source>Unique id of each supply point.</source>
        <translation>Uniek id van elk aanbodpunt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/parameters.py" line="50" />
        <source>Parameter '{label}' ({name}): choose a field.</source>
        <translation>Parameter '{label}' ({name}): kies een veld.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="176" />
        <source>{count} road line(s) gave no edge (too short or empty), first ids: {ids}.</source>
        <translation>{count} weglijn(en) leverden geen verbinding op (te kort of leeg), eerste id's: {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="169" />
        <source>ZOAST agreements</source>
        <translation>ZOAST-overeenkomsten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="50" />
        <source>Optional: the agreements table (zoast_agreements of an agreements store), one row per agreement. Its attributes are copied to the output; its in_force_from and ends_on dates are used with the date parameter. Without it, the agreements are the codes found in the members.</source>
        <translation>Optioneel: de tabel met overeenkomsten (zoast_agreements van een databank van overeenkomsten), één rij per overeenkomst. De attributen worden naar de uitvoer gekopieerd; de datums in_force_from en ends_on worden gebruikt met de datumparameter. Zonder deze tabel zijn de overeenkomsten de codes die in de leden voorkomen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="57" />
        <source>Agreements: code field</source>
        <translation>Overeenkomsten: codeveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="57" />
        <source>Unique code of each agreement.</source>
        <translation>Unieke code van elke overeenkomst.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="226" />
        <source>ZOAST agreement members</source>
        <translation>Leden van de ZOAST-overeenkomsten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="64" />
        <source>Table of agreement code and member unit id, one row per membership (zoast_members of an agreements store). The country of each member is read from the units layer.</source>
        <translation>Tabel met de code van de overeenkomst en het id van de aangesloten eenheid, één rij per lidmaatschap (zoast_members van een databank van overeenkomsten). Het land van elk lid wordt uit de eenhedenlaag gelezen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="71" />
        <source>Members: agreement code field</source>
        <translation>Leden: veld met de code van de overeenkomst</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="71" />
        <source>Agreement code in the members table.</source>
        <translation>Code van de overeenkomst in de ledentabel.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="73" />
        <source>Members: unit id field</source>
        <translation>Leden: veld met het id van de eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="73" />
        <source>Member unit id in the members table (same ids as the units layer).</source>
        <translation>Id van de aangesloten eenheid in de ledentabel (dezelfde id's als in de eenhedenlaag).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="76" />
        <source>Members: member since field</source>
        <translation>Leden: veld lid sinds</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="76" />
        <source>Date the unit joined the agreement; read only when a date is given. Empty dates mean 'from the start'.</source>
        <translation>Datum waarop de eenheid tot de overeenkomst is toegetreden; enkel gelezen wanneer een datum is opgegeven. Lege datums betekenen 'vanaf het begin'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="230" />
        <source>ZOAST member establishments</source>
        <translation>Aangesloten ZOAST-instellingen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="84" />
        <source>Optional: table of agreement code and member establishment id (zoast_establishments of an agreements store).</source>
        <translation>Optioneel: tabel met de code van de overeenkomst en het id van de aangesloten instelling (zoast_establishments van een databank van overeenkomsten).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="91" />
        <source>Establishments: agreement code field</source>
        <translation>Instellingen: veld met de code van de overeenkomst</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="91" />
        <source>Agreement code in the member establishments table.</source>
        <translation>Code van de overeenkomst in de tabel met aangesloten instellingen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="94" />
        <source>Establishments: establishment id field</source>
        <translation>Instellingen: id-veld van de instelling</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="94" />
        <source>Member establishment id (the supply_id of the hospitals or facilities).</source>
        <translation>Id van de aangesloten instelling (de supply_id van de ziekenhuizen of voorzieningen).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="99" />
        <source>Establishments: country field</source>
        <translation>Instellingen: landveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="99" />
        <source>FR or BE for each member establishment.</source>
        <translation>FR of BE voor elke aangesloten instelling.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="102" />
        <source>Establishments: member since field</source>
        <translation>Instellingen: veld lid sinds</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="102" />
        <source>Date the establishment joined the agreement; read only when a date is given.</source>
        <translation>Datum waarop de instelling tot de overeenkomst is toegetreden; enkel gelezen wanneer een datum is opgegeven.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="110" />
        <source>Members covered at date (YYYY-MM-DD)</source>
        <translation>Leden van kracht op datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="132" />
        <source>Parameter AT_DATE: '{value}' is not a date. Write it as YYYY-MM-DD, e.g. 2023-01-01, or leave it empty.</source>
        <translation>Parameter AT_DATE: '{value}' is geen datum. Schrijf de datum als JJJJ-MM-DD, bv. 2023-01-01, of laat leeg.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="61" />
        <source>Layer '{layer}' has no field '{field}': read as empty.</source>
        <translation>Laag '{layer}' heeft geen veld '{field}': gelezen als leeg.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="208" />
        <source>{units} member unit(s) and {establishments} member establishment(s) used.</source>
        <translation>{units} aangesloten eenheid/eenheden en {establishments} aangesloten instelling(en) gebruikt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="133" />
        <source>Patient flows</source>
        <translation>Patiëntenstromen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="48" />
        <source>One row per origin unit, destination and care type, with the number of patients, of stays and the amount paid (e.g. the insurers' cross-border care tables).</source>
        <translation>Eén rij per herkomsteenheid, bestemming en zorgtype, met het aantal patiënten, het aantal verblijven en het betaalde bedrag (bv. de tabellen over grensoverschrijdende zorg van de verzekeringsinstellingen (ziekenfondsen)).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="54" />
        <source>Flows: origin unit id field</source>
        <translation>Stromen: id-veld van de herkomsteenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="54" />
        <source>Unit where the patients live (ids of the units layer).</source>
        <translation>Eenheid waar de patiënten wonen (id's van de eenhedenlaag).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="56" />
        <source>Flows: destination id field</source>
        <translation>Stromen: id-veld van de bestemming</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="56" />
        <source>Facility where they are treated (ids of the facilities layer), or a unit id when no facilities layer is given.</source>
        <translation>Voorziening waar ze behandeld worden (id's van de voorzieningenlaag), of een id van een eenheid wanneer geen voorzieningenlaag is opgegeven.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="59" />
        <source>Flows: care type field</source>
        <translation>Stromen: veld zorgtype</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="59" />
        <source>Optional: nature of the care (hospital stay, day case, ambulatory…). Empty values are counted as 'unspecified'.</source>
        <translation>Optioneel: aard van de zorg (ziekenhuisopname, daghospitalisatie, ambulant…). Lege waarden worden geteld als 'unspecified'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="62" />
        <source>Flows: patients field</source>
        <translation>Stromen: veld patiënten</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="62" />
        <source>Number of patients of each flow.</source>
        <translation>Aantal patiënten van elke stroom.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="64" />
        <source>Flows: stays field</source>
        <translation>Stromen: veld verblijven</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="68" />
        <source>Flows: amount field (euros)</source>
        <translation>Stromen: veld bedrag (euro)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="68" />
        <source>Optional: amount paid in euros. Leave empty when the table has none.</source>
        <translation>Optioneel: betaald bedrag in euro. Leeg laten wanneer de tabel er geen bevat.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="71" />
        <source>Communes and municipalities on both sides of the border (polygons use their point on surface).</source>
        <translation>Gemeenten aan beide zijden van de grens (polygonen gebruiken hun punt op oppervlak).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="79" />
        <source>Unit country field</source>
        <translation>Landveld van de eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="78" />
        <source>FR or BE: gives each flow its direction.</source>
        <translation>FR of BE: geeft elke stroom zijn richting.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="80" />
        <source>Facilities (destinations)</source>
        <translation>Voorzieningen (bestemmingen)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="80" />
        <source>Optional: hospitals or other facilities the flows go to, as points. Without it, the destination of each flow is a unit id.</source>
        <translation>Optioneel: ziekenhuizen of andere voorzieningen waar de stromen naartoe gaan, als punten. Zonder deze laag is de bestemming van elke stroom een id van een eenheid.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="87" />
        <source>Facility id field</source>
        <translation>Id-veld van de voorziening</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="87" />
        <source>Unique id of each facility.</source>
        <translation>Uniek id van elke voorziening.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="89" />
        <source>Facility country field</source>
        <translation>Landveld van de voorziening</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="89" />
        <source>FR or BE for each facility.</source>
        <translation>FR of BE voor elke voorziening.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="91" />
        <source>Care types (comma-separated)</source>
        <translation>Zorgtypes (kommagescheiden)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="91" />
        <source>Optional: keep only these care types, e.g. hospital_stay,day_case. Empty: every care type.</source>
        <translation>Optioneel: enkel deze zorgtypes behouden, bv. hospital_stay,day_case. Leeg: elk zorgtype.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="116" />
        <source>Reading the layers…</source>
        <translation>Lagen inlezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="188" />
        <source>Territorial units</source>
        <translation>Territoriale eenheden</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="127" />
        <source>Facilities</source>
        <translation>Voorzieningen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="165" />
        <source>Parameter CARE_TYPES: none of {wanted} is a care type of the flows (field '{field}'). Care types present: {present}.</source>
        <translation>Parameter CARE_TYPES: geen van {wanted} is een zorgtype van de stromen (veld '{field}'). Aanwezige zorgtypes: {present}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="171" />
        <source>Care type(s) not in the flows, ignored: {types}.</source>
        <translation>Zorgtype(s) niet aanwezig in de stromen, genegeerd: {types}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="176" />
        <source>{count} flow(s) of other care types left out.</source>
        <translation>{count} stroom/stromen van andere zorgtypes weggelaten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/category_inputs.py" line="38" />
        <source>Category mapping table</source>
        <translation>Omzettingstabel voor categorieën</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/category_inputs.py" line="21" />
        <source>Mapping table: code field</source>
        <translation>Omzettingstabel: codeveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/category_inputs.py" line="21" />
        <source>Field of the mapping table holding the source code (e.g. the FINESS categetab).</source>
        <translation>Veld van de omzettingstabel met de broncode (bv. de FINESS-categetab).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/category_inputs.py" line="24" />
        <source>Mapping table: category field</source>
        <translation>Omzettingstabel: categorieveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/category_inputs.py" line="24" />
        <source>Field of the mapping table holding the ZOAST category (a lower-case word such as gp, hospital, pharmacy).</source>
        <translation>Veld van de omzettingstabel met de ZOAST-categorie (een woord in kleine letters zoals gp, hospital, pharmacy).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/category_inputs.py" line="49" />
        <source>{count} record(s) have a code missing from the category mapping; they get the category '{default}':</source>
        <translation>{count} record(s) hebben een code die ontbreekt in de categorie-omzetting; ze krijgen de categorie '{default}':</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/category_inputs.py" line="54" />
        <source>  code '{code}' ({label}): {count} record(s), e.g. {ids}</source>
        <translation>  code '{code}' ({label}): {count} record(s), bv. {ids}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="64" />
        <source>Optional: number of stays or contacts. Leave empty when the table has none. Empty cells (small counts hidden by the insurers) are read as unknown and counted.</source>
        <translation>Optioneel: aantal verblijven of contacten. Laat leeg als de tabel er geen heeft. Lege cellen (kleine aantallen die de verzekeringsinstellingen verbergen) worden als onbekend gelezen en geteld.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="158" />
        <source>Field '{field}': {count} empty cell(s), read as unknown (not 0) and left out of the sums.</source>
        <translation>Veld '{field}': {count} lege cel(len), als onbekend gelezen (niet 0) en buiten de sommen gelaten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="80" />
        <source>Members: member until field</source>
        <translation>Leden: veld lid tot</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="80" />
        <source>Last day the unit is covered (a commune that left the zone); read only when a date is given. Empty: still a member.</source>
        <translation>Laatste dag waarop de gemeente gedekt is (een gemeente die de zone verliet); enkel gelezen wanneer een datum gegeven is. Leeg: nog steeds lid.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="106" />
        <source>Establishments: member until field</source>
        <translation>Instellingen: veld lid tot</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="106" />
        <source>Last day the establishment is listed; read only when a date is given. Empty: still listed.</source>
        <translation>Laatste dag waarop de instelling vermeld is; enkel gelezen wanneer een datum gegeven is. Leeg: nog steeds vermeld.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="110" />
        <source>Optional: keep only the memberships in force at this date (member since on or before it, member until empty or on or after it; with an agreements table, the agreement in force on that day too, so an ended or merged zone is left out). Empty: every membership, or, with an agreements table, those in force today.</source>
        <translation>Optioneel: enkel de lidmaatschappen houden die op deze datum gelden (lid sinds die dag of eerder, lid tot leeg of die dag of later; met een tabel van de overeenkomsten ook de overeenkomst van kracht op die dag, zodat een beëindigde of samengevoegde zone wegvalt). Leeg: alle lidmaatschappen, of, met een tabel van de overeenkomsten, die van vandaag.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="195" />
        <source>No date given: the agreements and members in force today ({date}) are used.</source>
        <translation>Geen datum gegeven: de overeenkomsten en leden van kracht vandaag ({date}) worden gebruikt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="279" />
        <source>{count} membership(s) not in force on {date} left out (member since later, member until earlier, or agreement not in force).</source>
        <translation>{count} lidmaatschap(pen) niet van kracht op {date} weggelaten (lid sinds later, lid tot eerder, of overeenkomst niet van kracht).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="242" />
        <source>Field '{field}': {count} member unit(s) have no usable geometry in the units layer, first: {ids}. Fix their geometry (Vector geometry &gt; Fix geometries) or choose another layer.</source>
        <translation>Veld '{field}': {count} lideenheid/-eenheden hebben geen bruikbare geometrie in de eenhedenlaag, eerste: {ids}. Herstel hun geometrie (Vectorgeometrie &gt; Geometrieën repareren) of kies een andere laag.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="35" />
        <source>Chosen sites (zoast:siting)</source>
        <translation>Gekozen locaties (zoast:siting)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="35" />
        <source>Optional: the candidates output of zoast:siting; the chosen ones are listed on a proposals page.</source>
        <translation>Optioneel: de uitvoer met kandidaten van zoast:siting; de gekozen locaties worden op een pagina met voorstellen opgesomd.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="41" />
        <source>Complementarity proposals</source>
        <translation>Voorstellen tot complementariteit</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="41" />
        <source>Optional: the output of zoast:complementarities; the best proposals are listed on a proposals page.</source>
        <translation>Optioneel: de uitvoer van zoast:complementarities; de beste voorstellen worden op een pagina met voorstellen opgesomd.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="48" />
        <source>Proposals listed</source>
        <translation>Opgesomde voorstellen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="48" />
        <source>How many complementarity proposals the proposals page lists (those removing the most shortfall).</source>
        <translation>Hoeveel voorstellen tot complementariteit de pagina met voorstellen opsomt (die welke het meeste tekort wegwerken).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="143" />
        <source>Proposals</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="146" />
        <source>Where to open new practices</source>
        <translation>Waar nieuwe praktijken openen</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="149" />
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="149" />
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="149" />
        <source>Gain (demand covered or FTE)</source>
        <translation>Winst (gedekte vraag of VTE)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="153" />
        <source>Cross-border complementarities</source>
        <translation>Grensoverschrijdende complementariteit</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="158" />
        <source>ZOAST</source>
        <translation>ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="158" />
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="158" />
        <source>Class before → after</source>
        <translation>Klasse voor → na</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="158" />
        <source>Access gain</source>
        <translation>Winst in toegang</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="158" />
        <source>Total shortfall change (FTE)</source>
        <translation>Verandering van het totale tekort (VTE)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/border.py" line="27" />
        <source>Supply across the border</source>
        <translation>Aanbod over de grens</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/border.py" line="27" />
        <source>Never (national supply only)</source>
        <translation>Nooit (enkel nationaal aanbod)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/border.py" line="27" />
        <source>Only inside a shared ZOAST agreement</source>
        <translation>Enkel binnen een gemeenschappelijke ZOAST-overeenkomst</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/border.py" line="27" />
        <source>Always (open border)</source>
        <translation>Altijd (open grens)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/border.py" line="27" />
        <source>Whether a unit may use supply in the other country: never, only when the unit and the unit where the supply lies belong to the same ZOAST agreement, or always.</source>
        <translation>Of een eenheid aanbod in het andere land mag gebruiken: nooit, enkel wanneer de eenheid en de eenheid waar het aanbod ligt tot dezelfde ZOAST-overeenkomst behoren, of altijd.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/border.py" line="47" />
        <source>Table of agreement code and member unit id (the zoast_members table of an agreements store). Needed when supply is used only inside a ZOAST.</source>
        <translation>Tabel met de code van de overeenkomst en het id van de aangesloten eenheid (de tabel zoast_members van een opslag van overeenkomsten). Nodig wanneer aanbod enkel binnen een ZOAST wordt gebruikt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/border.py" line="56" />
        <source>Member unit id in the members table.</source>
        <translation>Id van de aangesloten eenheid in de ledentabel.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="76" />
        <source>Demand field (population)</source>
        <translation>Vraagveld (bevolking)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="76" />
        <source>Inhabitants of each unit: the demand of the floating catchment and the population of the rules.</source>
        <translation>Inwoners van elke eenheid: de vraag van het verzorgingsgebied en de bevolking van de regels.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="79" />
        <source>FR or BE: the rule that judges the unit and which supply is across the border.</source>
        <translation>FR of BE: de regel die de eenheid beoordeelt en welk aanbod over de grens ligt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="81" />
        <source>Area field (km²)</source>
        <translation>Oppervlakteveld (km²)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="81" />
        <source>Area of each unit for the Flemish density rule. Without it the area is computed from the polygons.</source>
        <translation>Oppervlakte van elke eenheid voor de Vlaamse dichtheidsregel. Zonder dit veld wordt de oppervlakte uit de polygonen berekend.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="84" />
        <source>GP practices, one point per GP or per practice.</source>
        <translation>Huisartsenpraktijken, één punt per huisarts of per praktijk.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="92" />
        <source>Capacity field</source>
        <translation>Capaciteitsveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="92" />
        <source>Supply of each point, in FTE (see the scale parameters).</source>
        <translation>Aanbod van elk punt, in VTE (zie de schaalparameters).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="94" />
        <source>Supply country field</source>
        <translation>Landveld van het aanbod</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="94" />
        <source>FR or BE for each supply point.</source>
        <translation>FR of BE voor elk aanbodpunt.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="100" />
        <source>Floating catchment method</source>
        <translation>Methode van het verzorgingsgebied</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="100" />
        <source>2SFCA (equal weight inside the catchment)</source>
        <translation>2SFCA (gelijk gewicht binnen het verzorgingsgebied)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="100" />
        <source>E2SFCA (step weights)</source>
        <translation>E2SFCA (trapsgewijze gewichten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="100" />
        <source>Gaussian decay</source>
        <translation>Gaussisch verval</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="100" />
        <source>How access decays with travel time (see zoast:accessibility).</source>
        <translation>Hoe de toegang afneemt met de reistijd (zie zoast:accessibility).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="108" />
        <source>E2SFCA steps (minutes:weight;…)</source>
        <translation>E2SFCA-stappen (minuten:gewicht;…)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="108" />
        <source>Up to N minutes → weight, separated by semicolons. Used by the E2SFCA method.</source>
        <translation>Tot N minuten → gewicht, gescheiden door puntkomma's. Gebruikt door de E2SFCA-methode.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="114" />
        <source>Gaussian sigma (minutes)</source>
        <translation>Gaussische sigma (minuten)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="114" />
        <source>Width of the Gaussian decay. Used by the Gaussian method.</source>
        <translation>Breedte van het Gaussische verval. Gebruikt door de Gaussische methode.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="122" />
        <source>Scale of French accessibility</source>
        <translation>Schaal van de Franse toegankelijkheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="122" />
        <source>French access (capacity per inhabitant) is multiplied by this to be in consultations per year per inhabitant, the APL's unit: the activity of one FTE when the capacity is in FTE.</source>
        <translation>De Franse toegang (capaciteit per inwoner) wordt hiermee vermenigvuldigd om in consultaties per jaar per inwoner te zijn, de eenheid van de APL: de activiteit van één VTE als de capaciteit in VTE is.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="130" />
        <source>Scale of Belgian accessibility</source>
        <translation>Schaal van de Belgische toegankelijkheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="130" />
        <source>Belgian access (capacity per inhabitant) is multiplied by this to be in GPs per 100,000 inhabitants (100000 when the capacity is in FTE).</source>
        <translation>De Belgische toegang (capaciteit per inwoner) wordt hiermee vermenigvuldigd om in huisartsen per 100.000 inwoners te zijn (100000 als de capaciteit in VTE is).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="147" />
        <source>Field '{field}': none of the {count} destination id(s) of the flows is a unit, first: {ids}. If they are establishments, give the facilities layer (FACILITIES); otherwise choose the field that holds the destination unit ids.</source>
        <translation>Veld '{field}': geen van de {count} bestemmings-id('s) van de stromen is een eenheid, eerste: {ids}. Zijn het voorzieningen, geef dan de laag Voorzieningen (FACILITIES); kies anders het veld met de id's van de bestemmingseenheden.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/border.py" line="36" />
        <source>Share of demand using supply across the border</source>
        <translation>Deel van de vraag dat aanbod over de grens gebruikt</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/border.py" line="36" />
        <source>Weight β of a unit–supply pair across the border, as in zoast:accessibility: a share β of the unit's residents competes for the other side's supply and its access gains β times what that supply offers. 0 = national supply only; 1 = every resident at full weight (an upper bound). Default 0.013: about 20,000 ZOAST patients in 2015 for about 1.5 million inhabitants of the member units. It changes the analytical results only.</source>
        <translation>Gewicht β van een grensoverschrijdend paar eenheid–aanbod, zoals in zoast:accessibility: een deel β van de inwoners van de eenheid concurreert om het aanbod aan de andere kant en haar toegang wint β keer wat dat aanbod biedt. 0 = enkel nationaal aanbod; 1 = alle inwoners met volle gewicht (een bovengrens). Standaard 0,013: ongeveer 20.000 ZOAST-patiënten in 2015 voor ongeveer 1,5 miljoen inwoners van de lidgemeenten. Het verandert enkel de analytische resultaten.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="53" />
        <source>Territoire de vie-santé field (TVS rule)</source>
        <translation>Veld territoire de vie-santé (TVS-regel)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="53" />
        <source>The territoire de vie-santé (TVS) of each French commune: the official French class judges the population-weighted mean APL of its TVS. When the layer has no such field, communes are judged on their own APL (with a warning).</source>
        <translation>Het territoire de vie-santé (TVS, Franse zorgzone) van elke Franse gemeente: de officiële Franse klasse beoordeelt het naar bevolking gewogen gemiddelde APL van haar TVS. Heeft de laag dat veld niet, dan worden gemeenten op hun eigen APL beoordeeld (met een waarschuwing).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="60" />
        <source>Supply: GP aged 65 or over field</source>
        <translation>Aanbod: veld huisarts van 65 jaar of ouder</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="60" />
        <source>True (1) for a GP aged 65 or more: the official Flemish rule counts the GPs under 65 located in the municipality (one supply point = one GP). Without it, the GPs' age or birth year is used when given, else every GP is counted (with a warning).</source>
        <translation>Waar (1) voor een huisarts van 65 jaar of ouder: de officiële Vlaamse regel telt de huisartsen jonger dan 65 gevestigd in de gemeente (één aanbodpunt = één huisarts). Zonder dit veld wordt de leeftijd of het geboortejaar van de huisartsen gebruikt als die gegeven is, anders wordt elke huisarts geteld (met een waarschuwing).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="61" />
        <source>Cancelled by the user.</source>
        <translation>Geannuleerd door de gebruiker.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="63" />
        <source>Saving the outputs…</source>
        <translation>Uitvoer opslaan…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="122" />
        <source>Road search radius: {radius} km (the cut-off at the fastest speed along one edge, {speed} km/h as the crow flies).</source>
        <translation>Zoekstraal op het wegennet: {radius} km (de drempel bij de hoogste snelheid langs één wegvak, {speed} km/u hemelsbreed).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="151" />
        <source>Reading the road network…</source>
        <translation>Wegennet lezen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="159" />
        <source>Field '{field}': {count} road line(s) faster than {limit} km/h, first ids: {ids}. Check these speeds: one fast line widens the search of every origin and slows the whole run.</source>
        <translation>Veld '{field}': {count} weglijn(en) sneller dan {limit} km/u, eerste id's: {ids}. Controleer deze snelheden: één snelle lijn vergroot de zoektocht van elke herkomst en vertraagt de hele berekening.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="169" />
        <source>Building the road graph…</source>
        <translation>Weggraaf opbouwen…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="70" />
        <source>Could not save the output {path} ({error}). Check that the folder is writable, that no folder has that name and that the file is not open in another program.</source>
        <translation>De uitvoer {path} kon niet bewaard worden ({error}). Controleer dat de map beschrijfbaar is, dat geen map die naam draagt en dat het bestand niet open is in een ander programma.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/unit_inputs.py" line="34" />
        <source>Population field</source>
        <translation>Bevolkingsveld</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/unit_inputs.py" line="34" />
        <source>Inhabitants of each unit.</source>
        <translation>Inwoners van elke eenheid.</translation>
    </message>
</context>
</TS>
