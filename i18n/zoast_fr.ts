<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="83" />
        <source>Layer '{layer}' has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) and run again.</source>
        <translation>La couche '{layer}' n'a pas de système de coordonnées de référence. Définissez son SCR (Propriétés de la couche &gt; Source) et relancez.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="121" />
        <source>Layer '{layer}': field(s) {fields} not found. Choose existing fields.</source>
        <translation>Couche '{layer}' : champ(s) {fields} introuvable(s). Choisissez des champs existants.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="916" />
        <source>Cancelled by the user.</source>
        <translation>Annulé par l'utilisateur.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="365" />
        <source>Could not write features to the output: {error}</source>
        <translation>Impossible d'écrire les entités dans la sortie : {error}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="225" />
        <source>Layer '{layer}': {count} feature(s) with an invalid geometry, first ids: {ids}. Repair them (Vector geometry &gt; Fix geometries) or change the invalid features filtering in the Processing options.</source>
        <translation>Couche '{layer}' : {count} entité(s) à la géométrie invalide, premiers identifiants : {ids}. Réparez-les (Géométrie vectorielle &gt; Réparer les géométries) ou modifiez le filtrage des entités invalides dans les options de Traitement.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="237" />
        <source>Layer '{layer}': {count} feature(s) with no geometry or an invalid one skipped, first ids: {ids}.</source>
        <translation>Couche '{layer}' : {count} entité(s) sans géométrie ou à la géométrie invalide ignorée(s), premiers identifiants : {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="523" />
        <source>Could not write the layer '{layer}' into {path}.</source>
        <translation>Impossible d'écrire la couche '{layer}' dans {path}.</translation>
    </message>
</context>
<context>
    <name>AccessibilityAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="79" />
        <source>Accessibility (2SFCA, E2SFCA, Gaussian)</source>
        <translation>Accessibilité (2SFCA, E2SFCA, gaussienne)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="83" />
        <source>Demand field (population)</source>
        <translation>Champ de demande (population)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="83" />
        <source>Population of each unit, or the age-standardised need from zoast:needs.</source>
        <translation>Population de chaque unité, ou besoin standardisé par l'âge issu de zoast:needs.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="86" />
        <source>Age-standardise the demand from the age bands</source>
        <translation>Standardiser la demande par tranche d'âge</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="86" />
        <source>Use Σ population of each age band (pop_0_14 … pop_90p) × its default consumption weight as the demand instead of the demand field (see zoast:needs for other weights).</source>
        <translation>Utiliser comme demande, au lieu du champ de demande, la Σ de la population de chaque tranche d'âge (pop_0_14 … pop_90p) × son poids de consommation par défaut (voir zoast:needs pour d'autres poids).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="93" />
        <source>Unit country field</source>
        <translation>Champ du pays de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="93" />
        <source>FR or BE: decides which supply is national and which is across the border.</source>
        <translation>FR ou BE : détermine quelle offre est nationale et quelle offre est transfrontalière.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="95" />
        <source>Capacity field</source>
        <translation>Champ de capacité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="95" />
        <source>Supply of each point: FTE GPs, yearly consultations (APL), beds…</source>
        <translation>Offre de chaque point : médecins généralistes en ETP, consultations annuelles (APL), lits…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="98" />
        <source>Supply country field</source>
        <translation>Champ du pays de l'offre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="98" />
        <source>FR or BE for each supply point.</source>
        <translation>FR ou BE pour chaque point d'offre.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="100" />
        <source>Exclude supply points where this field is true</source>
        <translation>Exclure les points d'offre pour lesquels ce champ est vrai</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="100" />
        <source>E.g. age_over_65: the French APL counts only GPs under 65. Excluded points are counted in the log.</source>
        <translation>Par ex. age_over_65 : l'APL française ne compte que les médecins généralistes de moins de 65 ans. Les points exclus sont comptés dans le journal.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="104" />
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="104" />
        <source>2SFCA (equal weight inside the catchment)</source>
        <translation>2SFCA (poids égal dans l'aire d'attraction)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="104" />
        <source>E2SFCA (step weights)</source>
        <translation>E2SFCA (poids par palier)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="104" />
        <source>Gaussian decay</source>
        <translation>Décroissance gaussienne</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="104" />
        <source>2SFCA: Luo &amp; Wang 2003. E2SFCA: Luo &amp; Qi 2009, weights by travel-time step (the French APL is one). Gaussian: smooth decay with the SIGMA parameter.</source>
        <translation>2SFCA : Luo et Wang 2003. E2SFCA : Luo et Qi 2009, pondération par palier de temps de trajet (l'APL française en est une). Gaussienne : décroissance continue réglée par le paramètre SIGMA.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="113" />
        <source>E2SFCA steps (minutes:weight;…)</source>
        <translation>Paliers E2SFCA (minutes:poids;…)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="113" />
        <source>Up to N minutes → weight, separated by semicolons, e.g. 10:1;20:0.68;30:0.22 (PySAL access defaults). Used by the E2SFCA method.</source>
        <translation>Jusqu'à N minutes → poids, séparés par des points-virgules, par ex. 10:1;20:0.68;30:0.22 (valeurs par défaut de PySAL access). Utilisé par la méthode E2SFCA.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="119" />
        <source>Gaussian sigma (minutes)</source>
        <translation>Sigma gaussien (minutes)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="119" />
        <source>Width of the Gaussian decay. Used by the Gaussian method.</source>
        <translation>Largeur de la décroissance gaussienne. Utilisé par la méthode gaussienne.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="127" />
        <source>Supply across the border</source>
        <translation>Offre de l'autre côté de la frontière</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="127" />
        <source>Never (national supply only)</source>
        <translation>Jamais (offre nationale uniquement)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="127" />
        <source>Only inside a shared ZOAST agreement</source>
        <translation>Uniquement au sein d'une même convention ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="127" />
        <source>Always (open border)</source>
        <translation>Toujours (frontière ouverte)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="127" />
        <source>Whether a unit may use supply in the other country: never, only when the unit and the unit where the supply lies belong to the same ZOAST agreement, or always.</source>
        <translation>Indique si une unité peut recourir à l'offre de l'autre pays : jamais, uniquement lorsque l'unité et l'unité où se situe l'offre appartiennent à la même convention ZOAST, ou toujours.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="270" />
        <source>ZOAST agreement members</source>
        <translation>Membres des conventions ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="136" />
        <source>Table of agreement code and member unit id (the zoast_members table of an agreements store). Needed when supply is used only inside a ZOAST.</source>
        <translation>Table des codes de convention et des identifiants des unités membres (table zoast_members d'une base de conventions). Nécessaire lorsque l'offre n'est utilisée qu'au sein d'une ZOAST.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="143" />
        <source>Members: agreement code field</source>
        <translation>Membres : champ du code de convention</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="143" />
        <source>Agreement code in the members table.</source>
        <translation>Code de la convention dans la table des membres.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="145" />
        <source>Members: unit id field</source>
        <translation>Membres : champ d'identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="145" />
        <source>Member unit id in the members table.</source>
        <translation>Identifiant de l'unité membre dans la table des membres.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="147" />
        <source>Supply: id of the unit where it lies</source>
        <translation>Offre : identifiant de l'unité où elle se situe</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="147" />
        <source>Optional. Without it, the unit is found by location (point in polygon, or the nearest unit point).</source>
        <translation>Facultatif. En son absence, l'unité est déterminée par localisation (point dans polygone, ou point d'unité le plus proche).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="150" />
        <source>Scale the result by</source>
        <translation>Multiplier le résultat par</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="150" />
        <source>Multiply the accessibility, e.g. 100000 for FTE per 100,000 inhabitants; 1 for the APL.</source>
        <translation>Facteur appliqué à l'accessibilité, par ex. 100000 pour des ETP pour 100 000 habitants ; 1 pour l'APL.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="156" />
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="156" />
        <source>The units with access (supply per inhabitant × scale) and n_supply (supply points reached).</source>
        <translation>Les unités avec access (offre par habitant × facteur) et n_supply (nombre de points d'offre atteints).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="161" />
        <source>Supply-to-demand ratios</source>
        <translation>Ratios offre/demande</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="161" />
        <source>The supply points with demand_seen (weighted population reaching them) and ratio (capacity / demand_seen × scale).</source>
        <translation>Les points d'offre avec demand_seen (population pondérée qui les atteint) et ratio (capacité / demand_seen × facteur).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="168" />
        <source>Units with no supply in reach</source>
        <translation>Unités sans offre accessible</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="169" />
        <source>Unit–supply pairs used</source>
        <translation>Couples unité–offre utilisés</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="170" />
        <source>Features skipped (no geometry or excluded)</source>
        <translation>Entités ignorées (sans géométrie ou exclues)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="186" />
        <source>Reading the layers…</source>
        <translation>Lecture des couches…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="192" />
        <source>Territorial units</source>
        <translation>Unités territoriales</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="197" />
        <source>Supply points</source>
        <translation>Points d'offre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="203" />
        <source>{count} supply point(s) excluded by the field '{field}'.</source>
        <translation>{count} point(s) d'offre exclu(s) par le champ '{field}'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="227" />
        <source>Floating catchment…</source>
        <translation>Aire d'attraction flottante…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="236" />
        <source>Writing the outputs…</source>
        <translation>Écriture des sorties…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="246" />
        <source>{count} unit(s) reach no supply within the cut-off: their access is 0.</source>
        <translation>{count} unité(s) n'atteignent aucune offre dans le seuil : leur accessibilité vaut 0.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="276" />
        <source>{count} supply point(s) lie in no unit: they are used only by units of their own country.</source>
        <translation>{count} point(s) d'offre ne se situent dans aucune unité : ils ne sont utilisés que par les unités de leur propre pays.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="278" />
        <source>{count} agreement(s) in the members table.</source>
        <translation>{count} convention(s) dans la table des membres.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="285" />
        <source>No unit reaches any supply point within {minutes} minutes. Raise the cut-off (MAX_COST), check that both layers cover the same area, or allow supply across the border.</source>
        <translation>Aucune unité n'atteint un point d'offre en {minutes} minutes. Augmentez le seuil (MAX_COST), vérifiez que les deux couches couvrent la même zone, ou autorisez l'offre de l'autre côté de la frontière.</translation>
    </message>
</context>
<context>
    <name>AgreementCandidatesAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="30" />
        <source>ZOAST extension and merger candidates</source>
        <translation>Candidats à l'extension et à la fusion des ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="35" />
        <source>Extension: minimum share</source>
        <translation>Extension : part minimale</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="35" />
        <source>A unit next to a zone is suggested when at least this share (0–1) of its cross-border patients go to the zone's member establishments. Illustrative default: a majority (0.5).</source>
        <translation>Une unité voisine d'une zone est proposée lorsqu'au moins cette part (0–1) de ses patients transfrontaliers se rend dans les établissements membres de la zone. Valeur par défaut indicative : la majorité (0,5).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="42" />
        <source>Minimum patients behind a suggestion</source>
        <translation>Nombre minimal de patients par proposition</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="42" />
        <source>A suggestion (extension or merger) needs at least this many patients, so a handful of patients suggests nothing. Default 10.</source>
        <translation>Une proposition (extension ou fusion) doit reposer sur au moins ce nombre de patients, afin que quelques patients isolés ne suffisent pas. Valeur par défaut : 10.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="49" />
        <source>Merger: minimum shared share</source>
        <translation>Fusion : part partagée minimale</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="49" />
        <source>Two zones are suggested for a merger when the patients each sends to the other's member establishments are at least this share (0–1) of both zones' residents' patients. Illustrative default: 0.05.</source>
        <translation>Deux zones sont proposées pour une fusion lorsque les patients que chacune adresse aux établissements membres de l'autre représentent au moins cette part (0–1) des patients résidant dans chacune des deux zones. Valeur par défaut indicative : 0,05.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="57" />
        <source>Adjacency tolerance (metres)</source>
        <translation>Tolérance de contiguïté (mètres)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="57" />
        <source>Units closer than this count as neighbours, so slivers between the French and Belgian outlines do not cut the border.</source>
        <translation>Les unités plus proches que cette distance sont considérées comme voisines, afin que les interstices entre les contours français et belges ne coupent pas la frontière.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="88" />
        <source>Extension candidates</source>
        <translation>Candidats à l'extension</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="66" />
        <source>Units suggested for a zone, with their attributes and: zoast_code, member_neighbours (member units they touch), to_zone (patients to the zone's establishments), cross_border (all their cross-border patients), share.</source>
        <translation>Unités proposées pour une zone, avec leurs attributs et : zoast_code, member_neighbours (unités membres qu'elles touchent), to_zone (patients vers les établissements de la zone), cross_border (ensemble de leurs patients transfrontaliers), share.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="88" />
        <source>Merger candidates</source>
        <translation>Candidats à la fusion</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="74" />
        <source>Pairs of zones: code_a, code_b, a_to_b, b_to_a, shared (patients treated in the other zone's establishments), residents_a, residents_b, share, share_a_to_b, share_b_to_a.</source>
        <translation>Couples de zones : code_a, code_b, a_to_b, b_to_a, shared (patients soignés dans les établissements de l'autre zone), residents_a, residents_b, share, share_a_to_b, share_b_to_a.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="81" />
        <source>Cross-border flows outside the agreements</source>
        <translation>Flux transfrontaliers hors conventions</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="81" />
        <source>Per origin and destination, the cross-border flows whose origin and destination share no agreement: origin_id, dest_id, direction, patients, stays, amount_eur, n_flows.</source>
        <translation>Par origine et destination, les flux transfrontaliers dont l'origine et la destination ne relèvent d'aucune convention commune : origin_id, dest_id, direction, patients, stays, amount_eur, n_flows.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="88" />
        <source>Origin–destination pairs outside the agreements</source>
        <translation>Couples origine–destination hors conventions</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="88" />
        <source>Cross-border patients outside the agreements</source>
        <translation>Patients transfrontaliers hors conventions</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="88" />
        <source>Units and facilities skipped (no geometry or an invalid one)</source>
        <translation>Unités et établissements ignorés (sans géométrie ou à la géométrie invalide)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="111" />
        <source>Parameter AGREEMENT_ESTABLISHMENTS: the flows go to facilities, so the agreements' member establishments are needed to tell which flows a ZOAST covers. Give the member establishments table.</source>
        <translation>Paramètre AGREEMENT_ESTABLISHMENTS : les flux aboutissent à des établissements, les établissements membres des conventions sont donc nécessaires pour savoir quels flux une ZOAST couvre. Indiquez la table des établissements membres.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="118" />
        <source>Finding neighbouring units…</source>
        <translation>Recherche des unités voisines…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="121" />
        <source>Looking for candidates…</source>
        <translation>Recherche des candidats…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="129" />
        <source>Writing the outputs…</source>
        <translation>Écriture des sorties…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="144" />
        <source>{count} extension candidate(s).</source>
        <translation>{count} candidat(s) à l'extension.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="144" />
        <source>{count} merger candidate(s).</source>
        <translation>{count} candidat(s) à la fusion.</translation>
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
        <translation>Nom (français)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="65" />
        <source>Name (Dutch)</source>
        <translation>Nom (néerlandais)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="66" />
        <source>Signed on</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="67" />
        <source>In force from</source>
        <translation>Date d'entrée en vigueur</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="68" />
        <source>Ends on</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="69" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="70" />
        <source>Care covered</source>
        <translation>Soins couverts</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="71" />
        <source>Insurers</source>
        <translation>Organismes assureurs</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="72" />
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="75" />
        <source>Unique code of the agreement (zoast_code), e.g. MRTW_URSA. Members follow a new code.</source>
        <translation>Code unique de la convention (zoast_code), par ex. MRTW_URSA. Les membres suivent le nouveau code.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="76" />
        <source>Last day the agreement covers; empty when open-ended.</source>
        <translation>Dernier jour couvert par la convention ; vide si elle est à durée indéterminée.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="77" />
        <source>Care the agreement covers, e.g. ambulatory;hospital.</source>
        <translation>Soins couverts par la convention, par ex. ambulatory;hospital.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="78" />
        <source>Health insurers that take part, on each side.</source>
        <translation>Organismes d'assurance maladie participants, de chaque côté de la frontière.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="86" />
        <source>(no date)</source>
        <translation>(sans date)</translation>
    </message>
</context>
<context>
    <name>AgreementPerimetersAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="256" />
        <source>ZOAST agreement perimeters</source>
        <translation>Périmètres des conventions ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="261" />
        <source>Territorial units (communes)</source>
        <translation>Unités territoriales (communes)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="261" />
        <source>Communes and municipalities on both sides of the border, as polygons.</source>
        <translation>Communes des deux côtés de la frontière, sous forme de polygones.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="267" />
        <source>Unit id field</source>
        <translation>Champ d'identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="267" />
        <source>Unique id of each unit, e.g. FR:59350 or BE:57081.</source>
        <translation>Identifiant unique de chaque unité, par ex. FR:59350 ou BE:57081.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="269" />
        <source>Unit country field</source>
        <translation>Champ du pays de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="269" />
        <source>FR or BE: the side of the border each member unit is on.</source>
        <translation>FR ou BE : côté de la frontière où se situe chaque unité membre.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="271" />
        <source>Population field</source>
        <translation>Champ de population</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="271" />
        <source>Optional: inhabitants of each unit, summed per perimeter. Leave empty to skip the population.</source>
        <translation>Facultatif : habitants de chaque unité, additionnés par périmètre. Laisser vide pour ne pas calculer la population.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="274" />
        <source>Gap tolerance (metres)</source>
        <translation>Tolérance d'interstice (mètres)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="274" />
        <source>French and Belgian outlines come from different sources and leave slivers along the border: gaps narrower than twice this value are closed when dissolving. 0 dissolves the polygons as they are.</source>
        <translation>Les contours français et belges proviennent de sources différentes et laissent des interstices le long de la frontière : les interstices plus étroits que deux fois cette valeur sont comblés lors de la fusion. 0 fusionne les polygones tels quels.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="284" />
        <source>ZOAST perimeters</source>
        <translation>Périmètres ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="284" />
        <source>One dissolved (multi)polygon per agreement, in the analysis CRS, with the agreement's attributes (or zoast_code), population, n_units, n_units_fr, n_units_be and n_establishments. An agreement with no member unit has no geometry.</source>
        <translation>Un (multi)polygone fusionné par convention, dans le SCR d'analyse, avec les attributs de la convention (ou zoast_code), population, n_units, n_units_fr, n_units_be et n_establishments. Une convention sans unité membre n'a pas de géométrie.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="292" />
        <source>ZOAST perimeters per side</source>
        <translation>Périmètres ZOAST par côté</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="292" />
        <source>One (multi)polygon per agreement and country: zoast_code, country, population, n_units, n_establishments.</source>
        <translation>Un (multi)polygone par convention et par pays : zoast_code, country, population, n_units, n_establishments.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="299" />
        <source>Agreements</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="300" />
        <source>Agreements with member units on one side only (or none)</source>
        <translation>Conventions ayant des unités membres d'un seul côté (ou aucune)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="302" />
        <source>Units skipped (no geometry)</source>
        <translation>Unités ignorées (sans géométrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="312" />
        <source>Reading the layers…</source>
        <translation>Lecture des couches…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="313" />
        <source>Territorial units</source>
        <translation>Unités territoriales</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="328" />
        <source>Dissolving the perimeters…</source>
        <translation>Fusion des périmètres…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="338" />
        <source>Territorial units: the member polygons could not be dissolved ({error}). Repair them with Fix geometries and run again.</source>
        <translation>Unités territoriales : les polygones membres n'ont pas pu être fusionnés ({error}). Réparez-les avec Réparer les géométries et relancez.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="346" />
        <source>Writing the perimeters…</source>
        <translation>Écriture des périmètres…</translation>
    </message>
</context>
<context>
    <name>AgreementStore</name>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="199" />
        <source>Cannot create the table '{table}' in '{source}': {message}</source>
        <translation>Impossible de créer la table '{table}' dans '{source}' : {message}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="237" />
        <source>'{source}' already holds ZOAST agreements: open it instead of creating it.</source>
        <translation>'{source}' contient déjà des conventions ZOAST : ouvrez-la au lieu de la créer.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="261" />
        <source>'{source}' does not exist. Choose a ZOAST store (.gpkg) or create a new one.</source>
        <translation>'{source}' n'existe pas. Choisissez une base ZOAST (.gpkg) ou créez-en une nouvelle.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="269" />
        <source>'{source}' is a ZOAST store of schema version {version}, newer than this plugin supports ({supported}). Update the ZOAST plugin to open it.</source>
        <translation>'{source}' est une base ZOAST de version de schéma {version}, plus récente que celle prise en charge par cette extension ({supported}). Mettez à jour l'extension ZOAST pour l'ouvrir.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="280" />
        <source>'{source}' holds ZOAST tables but no schema version (table zoast_meta). It can be upgraded to a ZOAST store of version {supported}: missing fields are added, nothing is removed.</source>
        <translation>'{source}' contient des tables ZOAST mais aucune version de schéma (table zoast_meta). Elle peut être mise à niveau en base ZOAST de version {supported} : les champs manquants sont ajoutés, rien n'est supprimé.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="287" />
        <source>'{source}' is a ZOAST store of schema version {version}. It can be upgraded to version {supported}; older versions of the plugin will then refuse it.</source>
        <translation>'{source}' est une base ZOAST de version de schéma {version}. Elle peut être mise à niveau vers la version {supported} ; les versions antérieures de l'extension la refuseront alors.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="304" />
        <source>'{source}' is not a ZOAST store: the table(s) {tables} are missing. Choose a ZOAST store or create a new one.</source>
        <translation>'{source}' n'est pas une base ZOAST : la ou les tables {tables} sont absentes. Choisissez une base ZOAST ou créez-en une nouvelle.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="314" />
        <source>'{source}' is not a ZOAST store: the table {table} has no field(s) {fields}.</source>
        <translation>'{source}' n'est pas une base ZOAST : la table {table} n'a pas le ou les champs {fields}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="323" />
        <source>'{source}' has no table {table}.</source>
        <translation>'{source}' ne contient pas de table {table}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="352" />
        <source>'{source}': the schema version '{version}' in {table} cannot be read.</source>
        <translation>'{source}' : la version de schéma '{version}' de {table} est illisible.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="374" />
        <source>Cannot write the table {table}: {errors}</source>
        <translation>Impossible d'écrire la table {table} : {errors}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="445" />
        <source>The table(s) {tables} are being edited in QGIS: save or discard those edits first.</source>
        <translation>La ou les tables {tables} sont en cours d'édition dans QGIS : enregistrez ou annulez d'abord ces modifications.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="456" />
        <source>'{source}' does not support transactions: the agreements cannot be saved safely. Use a GeoPackage or a PostgreSQL/PostGIS database.</source>
        <translation>'{source}' ne prend pas en charge les transactions : les conventions ne peuvent pas être enregistrées de manière sûre. Utilisez un GeoPackage ou une base de données PostgreSQL/PostGIS.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="465" />
        <source>Cannot start a transaction on '{source}': {error}</source>
        <translation>Impossible de démarrer une transaction sur '{source}' : {error}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="482" />
        <source>The agreements could not be saved ({error}). Nothing was written: the store is as it was before. Your edits are kept in the form.</source>
        <translation>Les conventions n'ont pas pu être enregistrées ({error}). Rien n'a été écrit : la base est dans son état antérieur. Vos modifications sont conservées dans le formulaire.</translation>
    </message>
</context>
<context>
    <name>AplAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="309" />
        <source>French APL (local potential accessibility)</source>
        <translation>APL française (accessibilité potentielle localisée)</translation>
    </message>
</context>
<context>
    <name>CostMatrixAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="49" />
        <source>Travel cost matrix (units → supply)</source>
        <translation>Matrice des coûts de trajet (unités → offre)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="54" />
        <source>Draw a line for each pair</source>
        <translation>Tracer une ligne pour chaque couple</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="54" />
        <source>Write each pair as a straight line from the unit to the supply point (larger output).</source>
        <translation>Écrire chaque couple sous forme de ligne droite de l'unité au point d'offre (sortie plus volumineuse).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="59" />
        <source>Travel costs</source>
        <translation>Coûts de trajet</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="59" />
        <source>One row per unit–supply pair within the cut-off: origin_id, dest_id, cost (minutes).</source>
        <translation>Une ligne par couple unité–offre dans le seuil : origin_id, dest_id, cost (minutes).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="64" />
        <source>Number of pairs</source>
        <translation>Nombre de couples</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="74" />
        <source>Reading the layers…</source>
        <translation>Lecture des couches…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="74" />
        <source>Territorial units</source>
        <translation>Unités territoriales</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="78" />
        <source>Supply points</source>
        <translation>Points d'offre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="91" />
        <source>Computing and writing travel costs…</source>
        <translation>Calcul et écriture des coûts de trajet…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="101" />
        <source>{count} pairs written.</source>
        <translation>{count} couples écrits.</translation>
    </message>
</context>
<context>
    <name>DelineateBasinsAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="87" />
        <source>Delineate health basins</source>
        <translation>Délimiter les bassins de soins</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="93" />
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="93" />
        <source>Dartmouth plurality (patient flows)</source>
        <translation>Pluralité Dartmouth (flux de patients)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="93" />
        <source>Modularity, constrained Louvain (patient flows)</source>
        <translation>Modularité, Louvain sous contrainte (flux de patients)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="93" />
        <source>Proximity: nearest hub</source>
        <translation>Proximité : pôle le plus proche</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="93" />
        <source>Proximity: Huff probabilities</source>
        <translation>Proximité : probabilités de Huff</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="93" />
        <source>Dartmouth: each unit joins the destination receiving most of its patients, then basins are made contiguous and weak ones merged. Louvain: basins maximising the modularity of the flows, a unit joining only a basin it touches. Proximity (no flows needed): each unit joins its nearest hub, or the hub of highest Huff probability.</source>
        <translation>Dartmouth : chaque unité rejoint la destination qui reçoit le plus de ses patients, puis les bassins sont rendus contigus et les bassins trop faibles fusionnés. Louvain : bassins maximisant la modularité des flux, une unité ne pouvant rejoindre qu'un bassin qu'elle touche. Proximité (sans flux) : chaque unité rejoint son pôle le plus proche, ou le pôle de plus forte probabilité de Huff.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="109" />
        <source>Compute the mean travel time of the flows</source>
        <translation>Calculer le temps de trajet moyen des flux</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="109" />
        <source>With flows: travel times between units (cost table of unit ids, road network or straight lines, within the cut-off) give each basin's flow-weighted mean travel time. Untick to save time on very large regions.</source>
        <translation>Avec des flux : les temps de trajet entre unités (table de coûts par identifiant d'unité, réseau routier ou lignes droites, dans le seuil) donnent le temps de trajet moyen pondéré par les flux de chaque bassin. Décocher pour gagner du temps sur les très grandes régions.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="118" />
        <source>Basins may cross the border</source>
        <translation>Les bassins peuvent franchir la frontière</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="118" />
        <source>Unticked: flows, contiguity and hubs across countries (country field) are ignored, so each basin lies in one country.</source>
        <translation>Décoché : les flux, la contiguïté et les pôles entre pays (champ du pays) sont ignorés, de sorte que chaque bassin se situe dans un seul pays.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="124" />
        <source>Adjacency tolerance (metres)</source>
        <translation>Tolérance de contiguïté (mètres)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="124" />
        <source>Units whose polygons come within this distance touch (bridges digitising gaps along the border between two national layers).</source>
        <translation>Les unités dont les polygones sont à moins de cette distance sont considérées comme contiguës (comble les défauts de numérisation le long de la frontière entre deux couches nationales).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="132" />
        <source>Units with their basin</source>
        <translation>Unités avec leur bassin</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="132" />
        <source>The units with their attributes and basin_id (1 … number of basins, empty for a unit in no basin), hub_unit_id, hub_id (proximity: the hub's id) and hub_probability (proximity: the Huff probability of the chosen hub, 1 for nearest).</source>
        <translation>Les unités avec leurs attributs et basin_id (1 … nombre de bassins, vide pour une unité hors bassin), hub_unit_id, hub_id (proximité : identifiant du pôle) et hub_probability (proximité : probabilité de Huff du pôle retenu, 1 pour le plus proche).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="139" />
        <source>Health basins</source>
        <translation>Bassins de soins</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="139" />
        <source>One dissolved polygon per basin (analysis CRS) with basin_id, hub_unit_id, hub_name, hub_id, population, n_units, volume (flows of its residents), li (localization index), msi (market share index), cross_border_share, compactness (perimeter / (3.54·√area), 1 for a disc), mean_travel_time (minutes), travel_time_coverage and failing (still under MIN_LI or MIN_POPULATION).</source>
        <translation>Un polygone fusionné par bassin (SCR d'analyse) avec basin_id, hub_unit_id, hub_name, hub_id, population, n_units, volume (flux de ses résidents), li (indice de localisation), msi (indice de part de marché), cross_border_share, compactness (périmètre / (3,54·√surface), 1 pour un disque), mean_travel_time (minutes), travel_time_coverage et failing (toujours sous MIN_LI ou MIN_POPULATION).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="149" />
        <source>Number of basins</source>
        <translation>Nombre de bassins</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="149" />
        <source>Basins under the minimum LI or population</source>
        <translation>Bassins sous le LI minimal ou la population minimale</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="149" />
        <source>Modularity of the basins on the flows</source>
        <translation>Modularité des bassins sur les flux</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="149" />
        <source>Unit geometries repaired</source>
        <translation>Géométries d'unités réparées</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="149" />
        <source>Units in no basin</source>
        <translation>Unités hors bassin</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="149" />
        <source>Units skipped (no geometry)</source>
        <translation>Unités ignorées (sans géométrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="160" />
        <source>Territorial units (communes)</source>
        <translation>Unités territoriales (communes)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="160" />
        <source>Communes or municipalities on both sides of the border, as polygons. Invalid polygons are repaired for the analysis (and counted).</source>
        <translation>Communes des deux côtés de la frontière, sous forme de polygones. Les polygones invalides sont réparés pour l'analyse (et comptés).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="167" />
        <source>Unit id field</source>
        <translation>Champ d'identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="167" />
        <source>Unique id of each unit, e.g. FR:59350 or BE:57081, as used in the flow table.</source>
        <translation>Identifiant unique de chaque unité, par ex. FR:59350 ou BE:57081, tel qu'utilisé dans la table des flux.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="169" />
        <source>Population field</source>
        <translation>Champ de population</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="169" />
        <source>Inhabitants of each unit (basin population and the minimum population rule).</source>
        <translation>Habitants de chaque unité (population du bassin et règle de population minimale).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="172" />
        <source>Country field</source>
        <translation>Champ du pays</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="172" />
        <source>FR or BE: needed for basins within each country and for the cross-border share of flows.</source>
        <translation>FR ou BE : nécessaire pour des bassins limités à chaque pays et pour la part transfrontalière des flux.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="175" />
        <source>Unit name field</source>
        <translation>Champ du nom de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="175" />
        <source>Optional: the name of each unit; the basins take their hub unit's name (hub_name, used as label).</source>
        <translation>Facultatif : nom de chaque unité ; les bassins prennent le nom de leur unité pôle (hub_name, utilisé comme étiquette).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="360" />
        <source>Patient flows</source>
        <translation>Flux de patients</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="180" />
        <source>One row per origin unit → destination with a number of patients (or stays). Needed by the Dartmouth and Louvain methods; with the proximity methods, used for the indicators.</source>
        <translation>Une ligne par unité d'origine → destination avec un nombre de patients (ou de séjours). Nécessaire pour les méthodes Dartmouth et Louvain ; avec les méthodes de proximité, utilisé pour les indicateurs.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="187" />
        <source>Flows: origin unit id field</source>
        <translation>Flux : champ d'identifiant de l'unité d'origine</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="187" />
        <source>Field of the flow table holding the unit the patients live in.</source>
        <translation>Champ de la table des flux contenant l'unité de résidence des patients.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="189" />
        <source>Flows: destination field</source>
        <translation>Flux : champ de destination</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="189" />
        <source>Field of the flow table holding the destination unit id, or the facility id when a facilities layer is given.</source>
        <translation>Champ de la table des flux contenant l'identifiant de l'unité de destination, ou l'identifiant de l'établissement lorsqu'une couche d'établissements est fournie.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="192" />
        <source>Flows: volume field</source>
        <translation>Flux : champ de volume</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="192" />
        <source>Number of patients (or stays) of each flow row; rows of one pair are added.</source>
        <translation>Nombre de patients (ou de séjours) de chaque ligne de flux ; les lignes d'un même couple sont additionnées.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="195" />
        <source>Facilities (flow destinations)</source>
        <translation>Établissements (destinations des flux)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="195" />
        <source>Optional: when the flows go to facilities (hospitals), the table giving each facility's unit, so flows are counted at the facility's unit.</source>
        <translation>Facultatif : lorsque les flux aboutissent à des établissements (hôpitaux), table indiquant l'unité de chaque établissement, afin que les flux soient comptés dans l'unité de l'établissement.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="202" />
        <source>Facilities: id field</source>
        <translation>Établissements : champ d'identifiant</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="202" />
        <source>Facility id, as in the flow destination field.</source>
        <translation>Identifiant de l'établissement, tel qu'il figure dans le champ de destination des flux.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="204" />
        <source>Facilities: unit id field</source>
        <translation>Établissements : champ d'identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="204" />
        <source>The unit each facility lies in.</source>
        <translation>Unité dans laquelle se situe chaque établissement.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="206" />
        <source>Minimum localization index (Dartmouth)</source>
        <translation>Indice de localisation minimal (Dartmouth)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="206" />
        <source>Share of the residents' flows that stay in their basin; basins below it merge into the neighbour they send most to. 0.4 after Haynes et al. 2020 (HSAr).</source>
        <translation>Part des flux des résidents qui restent dans leur bassin ; les bassins en dessous fusionnent avec le voisin vers lequel ils envoient le plus. 0,4 d'après Haynes et al. 2020 (HSAr).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="213" />
        <source>Minimum basin population (Dartmouth)</source>
        <translation>Population minimale d'un bassin (Dartmouth)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="213" />
        <source>Basins with fewer inhabitants merge into a neighbour. 0: no size rule (no source fixes one; set it for the care level studied).</source>
        <translation>Les bassins comptant moins d'habitants fusionnent avec un voisin. 0 : aucune règle de taille (aucune source n'en fixe ; à définir selon le niveau de soins étudié).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="220" />
        <source>Resolution (Louvain)</source>
        <translation>Résolution (Louvain)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="220" />
        <source>Modularity resolution: 1 is the classic modularity; larger values give more, smaller basins.</source>
        <translation>Résolution de la modularité : 1 correspond à la modularité classique ; des valeurs plus élevées donnent des bassins plus nombreux et plus petits.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="227" />
        <source>Random seed (Louvain)</source>
        <translation>Graine aléatoire (Louvain)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="227" />
        <source>Seed of the order in which Louvain visits the units: the same seed gives the same basins.</source>
        <translation>Graine de l'ordre dans lequel Louvain parcourt les unités : une même graine donne les mêmes bassins.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="236" />
        <source>Hubs (proximity methods)</source>
        <translation>Pôles (méthodes de proximité)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="236" />
        <source>Hospitals or other care hubs, as points: one basin per hub chosen by some unit. Needed by the proximity methods.</source>
        <translation>Hôpitaux ou autres pôles de soins, sous forme de points : un bassin par pôle retenu par au moins une unité. Nécessaire pour les méthodes de proximité.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="243" />
        <source>Hubs: id field</source>
        <translation>Pôles : champ d'identifiant</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="243" />
        <source>Unique id of each hub.</source>
        <translation>Identifiant unique de chaque pôle.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="245" />
        <source>Hubs: unit id field</source>
        <translation>Pôles : champ d'identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="245" />
        <source>Optional: the unit each hub lies in. Without it, the unit polygon containing the hub.</source>
        <translation>Facultatif : unité dans laquelle se situe chaque pôle. En son absence, le polygone d'unité contenant le pôle.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="248" />
        <source>Hubs: capacity field (Huff)</source>
        <translation>Pôles : champ de capacité (Huff)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="248" />
        <source>Optional: attractiveness of each hub in the Huff model, e.g. beds. Without it every hub weighs 1.</source>
        <translation>Facultatif : attractivité de chaque pôle dans le modèle de Huff, par ex. les lits. En son absence, chaque pôle a un poids de 1.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="251" />
        <source>Distance decay (Huff)</source>
        <translation>Décroissance avec la distance (Huff)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="251" />
        <source>Power: cost^-beta</source>
        <translation>Puissance : cost^-beta</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="251" />
        <source>Exponential: exp(-beta·cost)</source>
        <translation>Exponentielle : exp(-beta·cost)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="251" />
        <source>How attraction falls with travel time in the Huff model.</source>
        <translation>Manière dont l'attraction diminue avec le temps de trajet dans le modèle de Huff.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="258" />
        <source>Decay parameter beta (Huff)</source>
        <translation>Paramètre de décroissance beta (Huff)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="258" />
        <source>Empty: 2 for the power decay (the classic gravity value), 0.1 per minute for the exponential decay. Calibrate it on flows when they exist.</source>
        <translation>Vide : 2 pour la décroissance en puissance (valeur gravitaire classique), 0,1 par minute pour la décroissance exponentielle. À calibrer sur les flux lorsqu'ils existent.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="264" />
        <source>Minimum cost in the power decay (minutes)</source>
        <translation>Coût minimal dans la décroissance en puissance (minutes)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="264" />
        <source>cost^-beta is infinite at 0 minutes, so smaller costs are raised to this value.</source>
        <translation>cost^-beta est infini à 0 minute : les coûts inférieurs sont donc portés à cette valeur.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="283" />
        <source>Reading the units…</source>
        <translation>Lecture des unités…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="285" />
        <source>Territorial units</source>
        <translation>Unités territoriales</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="291" />
        <source>Territorial units: {count} invalid geometries repaired for the analysis, first ids: {ids}.</source>
        <translation>Unités territoriales : {count} géométries invalides réparées pour l'analyse, premiers identifiants : {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="312" />
        <source>Dissolving the basins and computing their indicators…</source>
        <translation>Fusion des bassins et calcul de leurs indicateurs…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="323" />
        <source>Writing {count} units and {basins} basins…</source>
        <translation>Écriture de {count} unités et {basins} bassins…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="352" />
        <source>The Dartmouth and Louvain methods need a patient flow table (parameter FLOWS). Give one, or choose a proximity method.</source>
        <translation>Les méthodes Dartmouth et Louvain nécessitent une table des flux de patients (paramètre FLOWS). Indiquez-en une ou choisissez une méthode de proximité.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="359" />
        <source>Reading the flows…</source>
        <translation>Lecture des flux…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="369" />
        <source>Flows: {rows} rows, {volume} in total.</source>
        <translation>Flux : {rows} lignes, {volume} au total.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="380" />
        <source>Facilities</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="388" />
        <source>Field '{field}': {count} flow destination(s) are not facilities with a unit (fields '{id_field}', '{unit_field}' of the facilities layer), first: {ids}. Check the destination field and the facilities layer.</source>
        <translation>Champ '{field}' : {count} destination(s) de flux ne sont pas des établissements rattachés à une unité (champs '{id_field}', '{unit_field}' de la couche des établissements), premières : {ids}. Vérifiez le champ de destination et la couche des établissements.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="398" />
        <source>Finding which units touch…</source>
        <translation>Recherche des unités contiguës…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="401" />
        <source>Delineating the basins…</source>
        <translation>Délimitation des bassins…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="419" />
        <source>The proximity methods need a hubs layer (parameter HUBS), e.g. the hospitals.</source>
        <translation>Les méthodes de proximité nécessitent une couche de pôles (paramètre HUBS), par ex. les hôpitaux.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="424" />
        <source>Hubs</source>
        <translation>Pôles</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="432" />
        <source>{count} hub(s) lie in no unit, first: {ids}. Their basins have no hub unit and, within each country, no country.</source>
        <translation>{count} pôle(s) ne se situent dans aucune unité, premiers : {ids}. Leurs bassins n'ont pas d'unité pôle et, en mode limité à chaque pays, pas de pays.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="435" />
        <source>Computing travel costs to the hubs…</source>
        <translation>Calcul des coûts de trajet vers les pôles…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="454" />
        <source>The cost table goes to the hubs, not between units: no mean travel time.</source>
        <translation>La table de coûts porte sur les trajets vers les pôles, et non entre unités : pas de temps de trajet moyen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="456" />
        <source>Computing travel times between units…</source>
        <translation>Calcul des temps de trajet entre unités…</translation>
    </message>
</context>
<context>
    <name>DiagnosisModel</name>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="43" />
        <source>Territorial units (communes, polygons)</source>
        <translation>Unités territoriales (communes, polygones)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="43" />
        <source>Communes with unit_id, name, country, population and the age bands pop_0_14 … pop_90p.</source>
        <translation>Communes avec unit_id, name, country, population et les tranches d'âge pop_0_14 … pop_90p.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="46" />
        <source>GP practices</source>
        <translation>Cabinets de médecine générale</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="46" />
        <source>Points with supply_id, country, fte, activity, age_over_65 and unit_id.</source>
        <translation>Points avec supply_id, country, fte, activity, age_over_65 et unit_id.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="49" />
        <source>Hospitals</source>
        <translation>Hôpitaux</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="49" />
        <source>Points with supply_id, name, country, beds and unit_id.</source>
        <translation>Points avec supply_id, name, country, beds et unit_id.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="51" />
        <source>Patient flows</source>
        <translation>Flux de patients</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="51" />
        <source>Table with origin_id, dest_id (hospital), dest_unit_id, care_type, patients, stays and amount_eur.</source>
        <translation>Table avec origin_id, dest_id (hôpital), dest_unit_id, care_type, patients, stays et amount_eur.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="54" />
        <source>ZOAST agreements</source>
        <translation>Conventions ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="54" />
        <source>The zoast_agreements table of an agreements store.</source>
        <translation>La table zoast_agreements d'une base de conventions.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="56" />
        <source>ZOAST member units</source>
        <translation>Unités membres des conventions ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="56" />
        <source>The zoast_members table: zoast_code and unit_id.</source>
        <translation>La table zoast_members : zoast_code et unit_id.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="58" />
        <source>ZOAST member establishments</source>
        <translation>Établissements membres des conventions ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="58" />
        <source>The zoast_establishments table: zoast_code and supply_id.</source>
        <translation>La table zoast_establishments : zoast_code et supply_id.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="76" />
        <source>Cross-border health diagnosis (whole chain)</source>
        <translation>Diagnostic de santé transfrontalier (chaîne complète)</translation>
    </message>
</context>
<context>
    <name>GapsAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="70" />
        <source>Care gaps (French zoning and Belgian shortage rules)</source>
        <translation>Écarts de soins (zonage français et règles de pénurie belges)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="75" />
        <source>Brussels municipalities</source>
        <translation>Communes bruxelloises</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="75" />
        <source>No rule (class 'Brussels: no rule applied')</source>
        <translation>Aucune règle (classe 'Bruxelles : aucune règle appliquée')</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="75" />
        <source>Judge them with the Walloon rule</source>
        <translation>Les évaluer selon la règle wallonne</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="75" />
        <source>Brussels has its own scheme, not modelled here: leave its municipalities unjudged, or judge them with the Walloon FTE-per-100,000 thresholds.</source>
        <translation>Bruxelles dispose de son propre dispositif, non modélisé ici : laisser ses communes sans évaluation, ou les évaluer selon les seuils wallons en ETP pour 100 000 habitants.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="84" />
        <source>Analysis CRS (projected, metres)</source>
        <translation>SCR d'analyse (projeté, mètres)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="84" />
        <source>Areas computed from the polygons (when no area field is given) are measured in this projected CRS. ETRS89-LAEA (EPSG:3035) is equal-area and covers France and Belgium.</source>
        <translation>Les surfaces calculées à partir des polygones (en l'absence de champ de surface) sont mesurées dans ce SCR projeté. ETRS89-LAEA (EPSG:3035) est équivalent (conserve les surfaces) et couvre la France et la Belgique.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="92" />
        <source>Care gaps</source>
        <translation>Écarts de soins</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="92" />
        <source>The units with their attributes and: country, region, rule, rule_label, gap_class, gap_label (in the interface language), severity (2 severe, 1 shortage, 0 none, -1 not judged), access_unit, access (the value judged), need, threshold, shortfall_fte, common_score; with a national access field also access_national, gap_class_national, severity_national, shortfall_fte_national, border_gain, class_changed, severity_change.</source>
        <translation>Les unités avec leurs attributs et : country, region, rule, rule_label, gap_class, gap_label (dans la langue de l'interface), severity (2 pénurie sévère, 1 pénurie, 0 aucune, -1 non évaluée), access_unit, access (valeur évaluée), need, threshold, shortfall_fte, common_score ; avec un champ d'accessibilité nationale, également access_national, gap_class_national, severity_national, shortfall_fte_national, border_gain, class_changed, severity_change.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="101" />
        <source>Deficiency list</source>
        <translation>Liste des carences</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="101" />
        <source>Units, population and shortfall (FTE) per group, country and class, most severe first, with a last row ALL holding the totals.</source>
        <translation>Unités, population et déficit (ETP) par groupe, pays et classe, des plus sévères aux moins sévères, avec une dernière ligne ALL contenant les totaux.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="108" />
        <source>Units in severe shortage</source>
        <translation>Unités en pénurie sévère</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="108" />
        <source>Units in shortage</source>
        <translation>Unités en pénurie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="108" />
        <source>Units without shortage</source>
        <translation>Unités sans pénurie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="108" />
        <source>Units not judged (Brussels)</source>
        <translation>Unités non évaluées (Bruxelles)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="108" />
        <source>Total shortfall (FTE)</source>
        <translation>Déficit total (ETP)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="108" />
        <source>Total shortfall with national supply only (FTE)</source>
        <translation>Déficit total avec l'offre nationale seule (ETP)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="108" />
        <source>Units whose severity the border lowers</source>
        <translation>Unités dont la frontière réduit la sévérité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="108" />
        <source>Units whose severity the border raises</source>
        <translation>Unités dont la frontière accroît la sévérité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="108" />
        <source>Units skipped (no geometry)</source>
        <translation>Unités ignorées (sans géométrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="122" />
        <source>Territorial units (communes)</source>
        <translation>Unités territoriales (communes)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="122" />
        <source>Communes or municipalities on both sides of the border, as polygons (or points with an area field), with their accessibility and population.</source>
        <translation>Communes des deux côtés de la frontière, sous forme de polygones (ou de points avec un champ de surface), avec leur accessibilité et leur population.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="128" />
        <source>Unit id field</source>
        <translation>Champ d'identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="128" />
        <source>Unique id of each unit, e.g. FR:59350 or BE:57081. Belgian ids carry the REFNIS code the region is read from.</source>
        <translation>Identifiant unique de chaque unité, par ex. FR:59350 ou BE:57081. Les identifiants belges contiennent le code REFNIS dont est déduite la région.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="131" />
        <source>Accessibility field</source>
        <translation>Champ d'accessibilité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="131" />
        <source>Accessibility of each unit, e.g. the access field of zoast:accessibility run with the ZOAST border mode. France: APL (consultations per year per standardised inhabitant); Belgium: GPs per 100,000 inhabitants (see the scale parameters).</source>
        <translation>Accessibilité de chaque unité, par ex. le champ access de zoast:accessibility exécuté avec le mode frontière ZOAST. France : APL (consultations par an et par habitant standardisé) ; Belgique : médecins généralistes pour 100 000 habitants (voir les paramètres de facteur d'échelle).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="138" />
        <source>National-only accessibility field</source>
        <translation>Champ d'accessibilité nationale seule</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="138" />
        <source>Optional: the accessibility with national supply only (e.g. joined from a second zoast:accessibility run). Adds border_gain and the class each unit would have without the border.</source>
        <translation>Facultatif : accessibilité avec l'offre nationale seule (par ex. jointe depuis une seconde exécution de zoast:accessibility). Ajoute border_gain et la classe qu'aurait chaque unité sans la frontière.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="145" />
        <source>Country field</source>
        <translation>Champ du pays</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="145" />
        <source>FR or BE. Leave empty to read the country from the id prefix (FR:…, BE:…).</source>
        <translation>FR ou BE. Laisser vide pour déduire le pays du préfixe de l'identifiant (FR:…, BE:…).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="150" />
        <source>Population field</source>
        <translation>Champ de population</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="150" />
        <source>Inhabitants of each unit.</source>
        <translation>Habitants de chaque unité.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="152" />
        <source>Standardised population field</source>
        <translation>Champ de population standardisée</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="152" />
        <source>Optional: the age-standardised population (field need of zoast:needs), used to turn the French APL shortfall into FTE. Without it the population is used.</source>
        <translation>Facultatif : population standardisée par l'âge (champ need de zoast:needs), utilisée pour convertir le déficit d'APL français en ETP. En son absence, la population est utilisée.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="158" />
        <source>Area field (km²)</source>
        <translation>Champ de surface (km²)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="158" />
        <source>Optional: area of each unit in km², for the Flemish density rule. Without it the area is computed from the polygons in the analysis CRS (field area_km2).</source>
        <translation>Facultatif : surface de chaque unité en km², pour la règle flamande de densité. En son absence, la surface est calculée à partir des polygones dans le SCR d'analyse (champ area_km2).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="164" />
        <source>Belgian region field</source>
        <translation>Champ de la région belge</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="164" />
        <source>Optional: FL, WAL or BXL for Belgian units; where empty, the region is read from the REFNIS code.</source>
        <translation>Facultatif : FL, WAL ou BXL pour les unités belges ; lorsqu'il est vide, la région est déduite du code REFNIS.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="170" />
        <source>REFNIS code field</source>
        <translation>Champ du code REFNIS</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="170" />
        <source>Optional: the 5-digit REFNIS (NIS) code of Belgian units. Without it the code is read from the id (BE:57081).</source>
        <translation>Facultatif : code REFNIS (INS) à 5 chiffres des unités belges. En son absence, le code est lu dans l'identifiant (BE:57081).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="176" />
        <source>Territoire de vie-santé field (TVS rule)</source>
        <translation>Champ du territoire de vie-santé (règle TVS)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="176" />
        <source>Optional: when given, French units are judged by the population-weighted mean APL of their territoire de vie-santé, as the French zoning does.</source>
        <translation>Facultatif : lorsqu'il est renseigné, les unités françaises sont évaluées selon l'APL moyenne, pondérée par la population, de leur territoire de vie-santé, comme le fait le zonage français.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="182" />
        <source>Summary group field</source>
        <translation>Champ de regroupement du récapitulatif</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="182" />
        <source>Optional: group the deficiency list by this field as well, e.g. a basin or ZOAST code.</source>
        <translation>Facultatif : regrouper également la liste des carences selon ce champ, par ex. un code de bassin ou de ZOAST.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="189" />
        <source>France: APL below this → priority intervention zone (ZIP). 2017 rule: 2.5.</source>
        <translation>France : APL inférieure à cette valeur → zone d'intervention prioritaire (ZIP). Règle de 2017 : 2,5.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="189" />
        <source>France: APL up to this (inclusive) → complementary action zone (ZAC); above → outside the zoning. 2017 rule: 4.</source>
        <translation>France : APL jusqu'à cette valeur (incluse) → zone d'action complémentaire (ZAC) ; au-delà → hors zonage. Règle de 2017 : 4.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="189" />
        <source>Wallonia: FTE GPs per 100,000 below this → severe shortage. Impulseo: 50.</source>
        <translation>Wallonie : en dessous de ce nombre de médecins généralistes en ETP pour 100 000 habitants → pénurie sévère. Impulseo : 50.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="189" />
        <source>Wallonia: from this many FTE GPs per 100,000 → no shortage. Impulseo: 90.</source>
        <translation>Wallonie : à partir de ce nombre de médecins généralistes en ETP pour 100 000 habitants → pas de pénurie. Impulseo : 90.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="189" />
        <source>Flanders: GPs per 100,000 below this → priority zone. Zorg en Gezondheid: 90.</source>
        <translation>Flandre : en dessous de ce nombre de médecins généralistes pour 100 000 habitants → zone prioritaire. Zorg en Gezondheid : 90.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="189" />
        <source>Flanders: below this density (inhabitants/km²) a municipality is low-density. Zorg en Gezondheid: 125.</source>
        <translation>Flandre : en dessous de cette densité (habitants/km²), une commune est peu dense. Zorg en Gezondheid : 125.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="189" />
        <source>Flanders: a low-density municipality below this many GPs per 100,000 → priority zone. Zorg en Gezondheid: 120.</source>
        <translation>Flandre : une commune peu dense en dessous de ce nombre de médecins généralistes pour 100 000 habitants → zone prioritaire. Zorg en Gezondheid : 120.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="189" />
        <source>France: consultations and visits per year of one full-time GP, to turn an APL shortfall into FTE. Illustrative default: 4,500.</source>
        <translation>France : consultations et visites annuelles d'un médecin généraliste à temps plein, pour convertir un déficit d'APL en ETP. Valeur par défaut indicative : 4 500.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="203" />
        <source>France: ZIP below (APL)</source>
        <translation>France : ZIP en dessous de (APL)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="203" />
        <source>France: ZAC up to (APL)</source>
        <translation>France : ZAC jusqu'à (APL)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="203" />
        <source>Wallonia: severe shortage below (per 100,000)</source>
        <translation>Wallonie : pénurie sévère en dessous de (pour 100 000)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="203" />
        <source>Wallonia: no shortage from (per 100,000)</source>
        <translation>Wallonie : pas de pénurie à partir de (pour 100 000)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="203" />
        <source>Flanders: priority zone below (per 100,000)</source>
        <translation>Flandre : zone prioritaire en dessous de (pour 100 000)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="203" />
        <source>Flanders: low density below (inhabitants/km²)</source>
        <translation>Flandre : faible densité en dessous de (habitants/km²)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="203" />
        <source>Flanders: low-density priority zone below (per 100,000)</source>
        <translation>Flandre : zone prioritaire peu dense en dessous de (pour 100 000)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="203" />
        <source>France: activity of one FTE GP (acts per year)</source>
        <translation>France : activité d'un médecin généraliste en ETP (actes par an)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="220" />
        <source>Scale of French accessibility</source>
        <translation>Facteur d'échelle de l'accessibilité française</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="220" />
        <source>French accessibility is multiplied by this to be in consultations per year per standardised inhabitant (1 when it already is; the activity of one FTE when it is in FTE per inhabitant).</source>
        <translation>L'accessibilité française est multipliée par cette valeur pour être exprimée en consultations par an et par habitant standardisé (1 si elle l'est déjà ; l'activité d'un ETP si elle est exprimée en ETP par habitant).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="228" />
        <source>Scale of Belgian accessibility</source>
        <translation>Facteur d'échelle de l'accessibilité belge</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="228" />
        <source>Belgian accessibility is multiplied by this to be in GPs per 100,000 inhabitants (1 when it already is; 100000 when it is in FTE per inhabitant).</source>
        <translation>L'accessibilité belge est multipliée par cette valeur pour être exprimée en médecins généralistes pour 100 000 habitants (1 si elle l'est déjà ; 100000 si elle est exprimée en ETP par habitant).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="261" />
        <source>Reading the units…</source>
        <translation>Lecture des unités…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="265" />
        <source>Territorial units</source>
        <translation>Unités territoriales</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="273" />
        <source>No area field given: areas computed from the polygons in {crs}.</source>
        <translation>Aucun champ de surface indiqué : surfaces calculées à partir des polygones dans {crs}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="278" />
        <source>Classifying the units…</source>
        <translation>Classement des unités…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="286" />
        <source>All units</source>
        <translation>Toutes les unités</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="296" />
        <source>Writing {count} units…</source>
        <translation>Écriture de {count} unités…</translation>
    </message>
</context>
<context>
    <name>ImportFinessAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="111" />
        <source>Import the FINESS extract (French establishments)</source>
        <translation>Importer l'extraction FINESS (établissements français)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="114" />
        <source>FINESS geolocated extract</source>
        <translation>Extraction FINESS géolocalisée</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="114" />
        <source>FINESS extract (*.csv *.txt);;All files (*.*)</source>
        <translation>Extraction FINESS (*.csv *.txt);;Tous les fichiers (*.*)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="114" />
        <source>The file etalab-cs1100507-stock-YYYYMMDD-HHMM.csv from data.gouv.fr (';'-separated, with 'structureet' and 'geolocalisation' records).</source>
        <translation>Le fichier etalab-cs1100507-stock-YYYYMMDD-HHMM.csv de data.gouv.fr (séparateur ';', avec des enregistrements 'structureet' et 'geolocalisation').</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="122" />
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="122" />
        <source>Character encoding of the file. The published extract is latin-1; choose utf-8 for a file re-saved as UTF-8.</source>
        <translation>Encodage des caractères du fichier. L'extraction publiée est en latin-1 ; choisissez utf-8 pour un fichier réenregistré en UTF-8.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="129" />
        <source>Import despite encoding problems</source>
        <translation>Importer malgré les problèmes d'encodage</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="129" />
        <source>By default lines that do not decode cleanly with the encoding stop the import (a wrong encoding would spoil every accented name). Tick to import anyway: those lines are listed in the issues table.</source>
        <translation>Par défaut, les lignes qui ne se décodent pas correctement avec l'encodage arrêtent l'import (un mauvais encodage altérerait tous les noms accentués). Cochez pour importer malgré tout : ces lignes sont listées dans la table des anomalies.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="138" />
        <source>Optional: a table mapping FINESS categetab codes to ZOAST categories (fields code and category). Without it the packaged FINESS table is used; codes missing from the table get the category 'other' and are counted.</source>
        <translation>Facultatif : table de correspondance entre les codes categetab FINESS et les catégories ZOAST (champs code et category). En son absence, la table FINESS fournie avec l'extension est utilisée ; les codes absents de la table reçoivent la catégorie 'other' et sont comptés.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="144" />
        <source>Output CRS</source>
        <translation>SCR de sortie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="144" />
        <source>CRS of the output points. Lambert-93 (EPSG:2154), the CRS of metropolitan records, by default. Records in another CRS (the overseas UTM zones) are reprojected to it: for a file with overseas departments choose a CRS valid everywhere, e.g. EPSG:4326.</source>
        <translation>SCR des points en sortie. Par défaut, Lambert-93 (EPSG:2154), le SCR des enregistrements de métropole. Les enregistrements dans un autre SCR (zones UTM d'outre-mer) y sont reprojetés : pour un fichier comprenant des départements d'outre-mer, choisissez un SCR valable partout, par ex. EPSG:4326.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="151" />
        <source>FINESS establishments</source>
        <translation>Établissements FINESS</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="151" />
        <source>One point per establishment with coordinates: supply_id (= nofinesset), nofinesset, nofinessej, name, categetab, libcategetab, category, commune (INSEE code), departement, siret, dateouv, country (FR), line.</source>
        <translation>Un point par établissement doté de coordonnées : supply_id (= nofinesset), nofinesset, nofinessej, name, categetab, libcategetab, category, commune (code INSEE), departement, siret, dateouv, country (FR), line.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="159" />
        <source>FINESS records with issues</source>
        <translation>Enregistrements FINESS avec anomalies</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="159" />
        <source>One row per record left out or read with a caveat: line, nofinesset, reason (a stable code), reason_text (in the interface language), detail.</source>
        <translation>Une ligne par enregistrement écarté ou lu avec réserve : line, nofinesset, reason (code stable), reason_text (dans la langue de l'interface), detail.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="166" />
        <source>Establishments read</source>
        <translation>Établissements lus</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="166" />
        <source>Establishments with coordinates (points written)</source>
        <translation>Établissements avec coordonnées (points écrits)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="166" />
        <source>Establishments without usable coordinates</source>
        <translation>Établissements sans coordonnées exploitables</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="166" />
        <source>Issues listed</source>
        <translation>Anomalies listées</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="166" />
        <source>Establishments with a category code missing from the mapping</source>
        <translation>Établissements dont le code de catégorie est absent de la table de correspondance</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="184" />
        <source>Reading the FINESS file…</source>
        <translation>Lecture du fichier FINESS…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="191" />
        <source>FINESS file '{path}' cannot be read ({error}). Check the path and that you may read the file.</source>
        <translation>Le fichier FINESS '{path}' ne peut pas être lu ({error}). Vérifiez le chemin et vos droits de lecture sur le fichier.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="236" />
        <source>Parameter ENCODING: '{encoding}' is not a known encoding. Use latin-1 (the encoding of the published extract) or utf-8.</source>
        <translation>Paramètre ENCODING : '{encoding}' n'est pas un encodage connu. Utilisez latin-1 (l'encodage de l'extraction publiée) ou utf-8.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="248" />
        <source>The file looks like UTF-8: set ENCODING to utf-8.</source>
        <translation>Le fichier semble être en UTF-8 : réglez ENCODING sur utf-8.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="250" />
        <source>Set ENCODING to the file's encoding (the published extract is latin-1).</source>
        <translation>Réglez ENCODING sur l'encodage du fichier (l'extraction publiée est en latin-1).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="251" />
        <source>FINESS file: {count} line(s) do not decode cleanly with the encoding '{encoding}', first lines: {lines}. {advice} Or tick 'Import despite encoding problems' to import anyway and list them in the issues table.</source>
        <translation>Fichier FINESS : {count} ligne(s) ne se décodent pas correctement avec l'encodage '{encoding}', premières lignes : {lines}. {advice} Ou cochez 'Importer malgré les problèmes d'encodage' pour importer malgré tout et les lister dans la table des anomalies.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="294" />
        <source>{count} point(s) in EPSG:{code} reprojected to {crs}.</source>
        <translation>{count} point(s) en EPSG:{code} reprojeté(s) vers {crs}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="322" />
        <source>coordinates that cannot be transformed to the output CRS (no point)</source>
        <translation>coordonnées impossibles à transformer dans le SCR de sortie (pas de point)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="326" />
        <source>FINESS extract of {date}: {lines} line(s) read, {establishments} establishment(s), {points} with coordinates written as points.</source>
        <translation>Extraction FINESS du {date} : {lines} ligne(s) lue(s), {establishments} établissement(s), dont {points} avec coordonnées écrit(s) sous forme de points.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="334" />
        <source>{count} issue(s) listed in the issues table:</source>
        <translation>{count} anomalie(s) listée(s) dans la table des anomalies :</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="337" />
        <source>line {line} ({id})</source>
        <translation>ligne {line} ({id})</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="341" />
        <source>  {count} × {reason} [{code}], e.g. {examples}</source>
        <translation>  {count} × {reason} [{code}], par ex. {examples}</translation>
    </message>
</context>
<context>
    <name>ImportPointsAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="101" />
        <source>Import care points from a table (X/Y columns)</source>
        <translation>Importer des points de soins depuis une table (colonnes X/Y)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="201" />
        <source>Table of care points</source>
        <translation>Table des points de soins</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="104" />
        <source>A CSV file or table with one row per care point (GP practice, hospital, pharmacy…), with coordinate columns, or a point layer of addresses already geocoded.</source>
        <translation>Fichier CSV ou table comportant une ligne par point de soins (cabinet de médecine générale, hôpital, pharmacie…), avec des colonnes de coordonnées, ou couche de points d'adresses déjà géocodées.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="110" />
        <source>X (longitude / easting) field</source>
        <translation>Champ X (longitude / abscisse)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="110" />
        <source>Column of the X coordinate, in the CRS below; a decimal comma is accepted. Leave X and Y empty to use the geometry of a point layer.</source>
        <translation>Colonne de la coordonnée X, dans le SCR ci-dessous ; la virgule décimale est acceptée. Laissez X et Y vides pour utiliser la géométrie d'une couche de points.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="113" />
        <source>Y (latitude / northing) field</source>
        <translation>Champ Y (latitude / ordonnée)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="113" />
        <source>Column of the Y coordinate, in the CRS below.</source>
        <translation>Colonne de la coordonnée Y, dans le SCR ci-dessous.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="115" />
        <source>CRS of the coordinates</source>
        <translation>SCR des coordonnées</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="115" />
        <source>CRS of the X/Y columns, also the CRS of the output: WGS 84 (EPSG:4326) for longitude/latitude, Belgian Lambert 72 (EPSG:31370) or 2008 (EPSG:3812), Lambert-93 (EPSG:2154). Ignored when the geometry of the layer is used.</source>
        <translation>SCR des colonnes X/Y, qui est aussi celui de la sortie : WGS 84 (EPSG:4326) pour longitude/latitude, Lambert belge 72 (EPSG:31370) ou 2008 (EPSG:3812), Lambert-93 (EPSG:2154). Ignoré lorsque la géométrie de la couche est utilisée.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="122" />
        <source>Id field</source>
        <translation>Champ d'identifiant</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="122" />
        <source>Optional: unique id of each point (e.g. the INAMI/RIZIV number). Without it the feature id of the row is used. Duplicate ids stop the import.</source>
        <translation>Facultatif : identifiant unique de chaque point (par ex. le numéro INAMI/RIZIV). En son absence, l'identifiant d'entité de la ligne est utilisé. Des identifiants en double arrêtent l'import.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="126" />
        <source>Category field</source>
        <translation>Champ de catégorie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="126" />
        <source>Optional: the source's category code or label, mapped to a ZOAST category by the mapping table; without a table its values must already be ZOAST categories (lower-case words such as gp, hospital).</source>
        <translation>Facultatif : code ou libellé de catégorie de la source, associé à une catégorie ZOAST par la table de correspondance ; sans table, ses valeurs doivent déjà être des catégories ZOAST (mots en minuscules comme gp, hospital).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="131" />
        <source>Optional: a table mapping the source's codes or labels (field code) to ZOAST categories (field category). Codes missing from it get the default category and are counted.</source>
        <translation>Facultatif : table de correspondance entre les codes ou libellés de la source (champ code) et les catégories ZOAST (champ category). Les codes qui en sont absents reçoivent la catégorie par défaut et sont comptés.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="136" />
        <source>Default category</source>
        <translation>Catégorie par défaut</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="136" />
        <source>Category of the rows with no category: every row when no category field is given (e.g. gp for a list of GPs), else rows with an empty code or a code missing from the mapping table.</source>
        <translation>Catégorie des lignes sans catégorie : toutes les lignes lorsqu'aucun champ de catégorie n'est indiqué (par ex. gp pour une liste de médecins généralistes), sinon les lignes dont le code est vide ou absent de la table de correspondance.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="143" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="143" />
        <source>Country code of every point, e.g. BE or FR; where a country field is given, used for its empty values.</source>
        <translation>Code pays de tous les points, par ex. BE ou FR ; lorsqu'un champ du pays est indiqué, utilisé pour ses valeurs vides.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="149" />
        <source>Country field</source>
        <translation>Champ du pays</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="149" />
        <source>Optional: field holding the country code (FR, BE…) of each point.</source>
        <translation>Facultatif : champ contenant le code pays (FR, BE…) de chaque point.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="152" />
        <source>FTE field</source>
        <translation>Champ des ETP</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="152" />
        <source>Optional: full-time equivalents of each point (written as fte).</source>
        <translation>Facultatif : équivalents temps plein de chaque point (écrits dans fte).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="154" />
        <source>Beds field</source>
        <translation>Champ des lits</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="154" />
        <source>Optional: number of beds of each point (written as beds).</source>
        <translation>Facultatif : nombre de lits de chaque point (écrit dans beds).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="156" />
        <source>Supply points</source>
        <translation>Points d'offre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="156" />
        <source>One point per usable row: supply_id, category, country, fte and beds (when their fields are given), then the input's fields.</source>
        <translation>Un point par ligne exploitable : supply_id, category, country, fte et beds (lorsque leurs champs sont indiqués), puis les champs de l'entrée.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="163" />
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="163" />
        <source>One row per input row not imported: row (feature id), supply_id, reason (no_coordinates, bad_coordinates, no_geometry, bad_capacity) and detail (the values read).</source>
        <translation>Une ligne par ligne d'entrée non importée : row (identifiant d'entité), supply_id, reason (no_coordinates, bad_coordinates, no_geometry, bad_capacity) et detail (valeurs lues).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="170" />
        <source>Points written</source>
        <translation>Points écrits</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="170" />
        <source>Rows rejected</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="170" />
        <source>Points with a category code missing from the mapping</source>
        <translation>Points dont le code de catégorie est absent de la table de correspondance</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="182" />
        <source>Give both X_FIELD and Y_FIELD, or neither to use the geometry of a point layer.</source>
        <translation>Indiquez à la fois X_FIELD et Y_FIELD, ou aucun des deux pour utiliser la géométrie d'une couche de points.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="187" />
        <source>Give the country of the points: COUNTRY (e.g. BE) or COUNTRY_FIELD.</source>
        <translation>Indiquez le pays des points : COUNTRY (par ex. BE) ou COUNTRY_FIELD.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="192" />
        <source>A mapping table is given but no category field: the table is not used.</source>
        <translation>Une table de correspondance est indiquée mais aucun champ de catégorie : la table n'est pas utilisée.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="198" />
        <source>The input has no point geometry: choose its X_FIELD and Y_FIELD columns.</source>
        <translation>L'entrée n'a pas de géométrie ponctuelle : choisissez ses colonnes X_FIELD et Y_FIELD.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="200" />
        <source>Reading the table…</source>
        <translation>Lecture de la table…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="239" />
        <source>{points} point(s) written, {rejected} row(s) rejected.</source>
        <translation>{points} point(s) écrit(s), {rejected} ligne(s) rejetée(s).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="244" />
        <source>  {count} row(s) rejected: {reason}, e.g. rows {rows}</source>
        <translation>  {count} ligne(s) rejetée(s) : {reason}, par ex. lignes {rows}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="267" />
        <source>Field '{field}': {count} row(s) with no country, first ids: {ids}. Fill them or give COUNTRY for them.</source>
        <translation>Champ '{field}' : {count} ligne(s) sans pays, premiers identifiants : {ids}. Complétez-les ou indiquez COUNTRY pour celles-ci.</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="58" />
        <source>(from the start)</source>
        <translation>(depuis l'origine)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="62" />
        <source>The territorial units (communes) to pick member units from.</source>
        <translation>Unités territoriales (communes) parmi lesquelles choisir les unités membres.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="63" />
        <source>Units layer</source>
        <translation>Couche des unités</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="64" />
        <source>Unit id field</source>
        <translation>Champ d'identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="65" />
        <source>Date the units added now join the agreement; empty: from the start.</source>
        <translation>Date à laquelle les unités ajoutées maintenant rejoignent la convention ; vide : depuis l'origine.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="68" />
        <source>The hospitals or care facilities to pick member establishments from.</source>
        <translation>Hôpitaux ou établissements de soins parmi lesquels choisir les établissements membres.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="70" />
        <source>Establishments layer</source>
        <translation>Couche des établissements</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="71" />
        <source>Establishment id field</source>
        <translation>Champ d'identifiant de l'établissement</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="72" />
        <source>Date the establishments added now join the agreement; empty: from the start.</source>
        <translation>Date à laquelle les établissements ajoutés maintenant rejoignent la convention ; vide : depuis l'origine.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="74" />
        <source>FR or BE; when empty, the country is read from the id prefix (FR:59350).</source>
        <translation>FR ou BE ; lorsqu'il est vide, le pays est déduit du préfixe de l'identifiant (FR:59350).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="76" />
        <source>Country field</source>
        <translation>Champ du pays</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="77" />
        <source>Members since</source>
        <translation>Membres depuis le</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="83" />
        <source>Add selected</source>
        <translation>Ajouter la sélection</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="85" />
        <source>Add the features selected on the map in this layer to the agreement.</source>
        <translation>Ajouter à la convention les entités sélectionnées sur la carte dans cette couche.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="86" />
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="88" />
        <source>Remove from the agreement the members selected in the list, or else those selected on the map.</source>
        <translation>Retirer de la convention les membres sélectionnés dans la liste, à défaut ceux sélectionnés sur la carte.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="90" />
        <source>Show on map</source>
        <translation>Afficher sur la carte</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="92" />
        <source>Select and flash the agreement's members on the map.</source>
        <translation>Sélectionner les membres de la convention sur la carte et les faire clignoter.</translation>
    </message>
</context>
<context>
    <name>NeedsAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="35" />
        <source>Care needs (age-standardised population)</source>
        <translation>Besoins de soins (population standardisée par l'âge)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="38" />
        <source>Territorial units (communes)</source>
        <translation>Unités territoriales (communes)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="38" />
        <source>Communes or other units, as points or polygons, with their population per age band.</source>
        <translation>Communes ou autres unités, sous forme de points ou de polygones, avec leur population par tranche d'âge.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="43" />
        <source>Unit id field</source>
        <translation>Champ d'identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="43" />
        <source>Unique id of each unit, e.g. FR:59350 or BE:57081 (named in messages).</source>
        <translation>Identifiant unique de chaque unité, par ex. FR:59350 ou BE:57081 (cité dans les messages).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="45" />
        <source>Population aged 0–14</source>
        <translation>Population de 0 à 14 ans</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="45" />
        <source>Population aged 15–29</source>
        <translation>Population de 15 à 29 ans</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="45" />
        <source>Population aged 30–44</source>
        <translation>Population de 30 à 44 ans</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="45" />
        <source>Population aged 45–59</source>
        <translation>Population de 45 à 59 ans</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="45" />
        <source>Population aged 60–74</source>
        <translation>Population de 60 à 74 ans</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="45" />
        <source>Population aged 75–89</source>
        <translation>Population de 75 à 89 ans</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="45" />
        <source>Population aged 90 and over</source>
        <translation>Population de 90 ans ou plus</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="55" />
        <source>Number of inhabitants of the unit in this age band (INSEE's bands; 0 or more).</source>
        <translation>Nombre d'habitants de l'unité dans cette tranche d'âge (tranches de l'INSEE ; 0 ou plus).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="60" />
        <source>Total population field (check only)</source>
        <translation>Champ de population totale (contrôle uniquement)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="60" />
        <source>Optional. When given, units whose age bands do not add up to this total (beyond 1 inhabitant or 1 %) are listed in a warning: bands and total from different years or sources.</source>
        <translation>Facultatif. S'il est renseigné, les unités dont la somme des tranches d'âge diffère de ce total (de plus de 1 habitant ou 1 %) sont signalées dans un avertissement : tranches et total issus d'années ou de sources différentes.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="114" />
        <source>Age-weight table</source>
        <translation>Table des poids par âge</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="66" />
        <source>Optional table (CSV or layer) with one row per band (pop_0_14 … pop_90p) and its GP-care consumption weight. Without it, the illustrative default weights are used (resources/needs/age_weights_default.csv).</source>
        <translation>Table facultative (CSV ou couche) comportant une ligne par tranche (pop_0_14 … pop_90p) et son poids de consommation de soins de médecine générale. En son absence, les poids par défaut indicatifs sont utilisés (resources/needs/age_weights_default.csv).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="74" />
        <source>Band name field of the weight table</source>
        <translation>Champ du nom de tranche de la table des poids</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="74" />
        <source>Field of the age-weight table holding the band names.</source>
        <translation>Champ de la table des poids par âge contenant les noms des tranches.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="76" />
        <source>Weight field of the weight table</source>
        <translation>Champ de poids de la table des poids</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="76" />
        <source>Field of the age-weight table holding the weights (0 or more).</source>
        <translation>Champ de la table des poids par âge contenant les poids (0 ou plus).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="79" />
        <source>Rescale to the total population</source>
        <translation>Ramener à la population totale</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="79" />
        <source>Rescale the weighted population so that its total equals the real total population (the APL's standardised inhabitants). Off: the result is in the weights' own unit.</source>
        <translation>Ajuster la population pondérée pour que son total soit égal à la population totale réelle (habitants standardisés de l'APL). Désactivé : le résultat est exprimé dans l'unité propre des poids.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="85" />
        <source>Care needs</source>
        <translation>Besoins de soins</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="85" />
        <source>The units with their attributes and the field need (age-standardised population).</source>
        <translation>Les unités avec leurs attributs et le champ need (population standardisée par l'âge).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="90" />
        <source>Total need</source>
        <translation>Besoin total</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="91" />
        <source>Units whose bands do not add up to the population</source>
        <translation>Unités dont la somme des tranches diffère de la population</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="93" />
        <source>Units skipped (no geometry)</source>
        <translation>Unités ignorées (sans géométrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="102" />
        <source>Reading the layers…</source>
        <translation>Lecture des couches…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="104" />
        <source>Territorial units</source>
        <translation>Unités territoriales</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="110" />
        <source>No age-weight table given: using the illustrative default weights.</source>
        <translation>Aucune table des poids par âge indiquée : utilisation des poids par défaut indicatifs.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="121" />
        <source>Computing the standardised population…</source>
        <translation>Calcul de la population standardisée…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="125" />
        <source>Field '{field}': the age bands of {count} unit(s) do not add up to the population, first ids: {ids}. Check that bands and total come from the same year and source.</source>
        <translation>Champ '{field}' : pour {count} unité(s), la somme des tranches d'âge diffère de la population, premiers identifiants : {ids}. Vérifiez que les tranches et le total proviennent de la même année et de la même source.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="133" />
        <source>Writing {count} units…</source>
        <translation>Écriture de {count} unités…</translation>
    </message>
</context>
<context>
    <name>PatientFlowsAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="230" />
        <source>Patient flows across the border</source>
        <translation>Flux de patients transfrontaliers</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="234" />
        <source>Minimum patients per line</source>
        <translation>Nombre minimal de patients par ligne</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="234" />
        <source>Draw only the flows with at least this many patients. The summary and the totals still count every flow.</source>
        <translation>Ne tracer que les flux d'au moins ce nombre de patients. Le récapitulatif et les totaux comptent tout de même tous les flux.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="241" />
        <source>Cross-border flows only</source>
        <translation>Flux transfrontaliers uniquement</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="241" />
        <source>Draw only the flows that cross the border (FR→BE, BE→FR). The summary still has the domestic flows.</source>
        <translation>Ne tracer que les flux qui franchissent la frontière (FR→BE, BE→FR). Le récapitulatif comprend tout de même les flux nationaux.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="247" />
        <source>Curved lines</source>
        <translation>Lignes courbes</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="247" />
        <source>Draw arcs (a flow and its return bow to opposite sides) instead of straight lines.</source>
        <translation>Tracer des arcs (un flux et son flux retour s'incurvent de part et d'autre) au lieu de lignes droites.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="252" />
        <source>Width of the largest flow (mm)</source>
        <translation>Largeur du flux le plus important (mm)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="252" />
        <source>The width field is proportional to the patients, the largest flow getting this width; never less than 0.2 mm.</source>
        <translation>Le champ de largeur est proportionnel aux patients, le flux le plus important recevant cette largeur ; jamais moins de 0,2 mm.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="262" />
        <source>Desire lines</source>
        <translation>Lignes de désir</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="262" />
        <source>One line per flow (origin → destination, in the analysis CRS) with the flows table's attributes and origin_id, dest_id, care_type, patients, stays, amount_eur, origin_country, dest_country, direction (FR→BE, BE→FR, domestic) and width (mm, for the style).</source>
        <translation>Une ligne par flux (origine → destination, dans le SCR d'analyse) avec les attributs de la table des flux et origin_id, dest_id, care_type, patients, stays, amount_eur, origin_country, dest_country, direction (FR→BE, BE→FR, domestic) et width (mm, pour le style).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="270" />
        <source>Flows per ZOAST</source>
        <translation>Flux par ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="270" />
        <source>Per ZOAST (zoast_code; 'all' for the whole region), direction and care type ('all' for the zone's total): patients, stays, amount_eur of its residents' flows and share_inside, the share of their patients treated in the zone's member establishments.</source>
        <translation>Par ZOAST (zoast_code ; 'all' pour l'ensemble de la région), sens et type de soins ('all' pour le total de la zone) : patients, stays, amount_eur des flux de ses résidents et share_inside, part de leurs patients soignés dans les établissements membres de la zone.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="278" />
        <source>Cross-border patients</source>
        <translation>Patients transfrontaliers</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="278" />
        <source>Cross-border stays</source>
        <translation>Séjours transfrontaliers</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="278" />
        <source>Cross-border amount (euros)</source>
        <translation>Montant transfrontalier (euros)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="278" />
        <source>Desire lines written</source>
        <translation>Lignes de désir écrites</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="278" />
        <source>Flows not drawn (care type, minimum volume, domestic)</source>
        <translation>Flux non tracés (type de soins, volume minimal, flux nationaux)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="278" />
        <source>Flows written without a line (same start and end point)</source>
        <translation>Flux écrits sans ligne (points de départ et d'arrivée identiques)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="278" />
        <source>Units and facilities skipped (no geometry or an invalid one)</source>
        <translation>Unités et établissements ignorés (sans géométrie ou à la géométrie invalide)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="305" />
        <source>Parameter AGREEMENT_MEMBERS: the code '{code}' names the whole region in the summary. Rename that agreement.</source>
        <translation>Paramètre AGREEMENT_MEMBERS : le code '{code}' désigne l'ensemble de la région dans le récapitulatif. Renommez cette convention.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="311" />
        <source>No member establishments given: share_inside is left empty.</source>
        <translation>Aucun établissement membre indiqué : share_inside reste vide.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="315" />
        <source>Drawing the desire lines…</source>
        <translation>Tracé des lignes de désir…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="320" />
        <source>Summing the flows per ZOAST…</source>
        <translation>Totalisation des flux par ZOAST…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="342" />
        <source>{count} flow(s) start and end at the same point: written without a line.</source>
        <translation>{count} flux partent et arrivent au même point : écrits sans ligne.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="346" />
        <source>{count} flow(s) not drawn (other care types, below the minimum or domestic).</source>
        <translation>{count} flux non tracé(s) (autres types de soins, sous le minimum ou nationaux).</translation>
    </message>
</context>
<context>
    <name>ReportAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="120" />
        <source>Diagnosis report (PDF atlas)</source>
        <translation>Rapport de diagnostic (atlas PDF)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="129" />
        <source>Atlas pages (basins or ZOAST perimeters)</source>
        <translation>Pages de l'atlas (bassins ou périmètres ZOAST)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="129" />
        <source>One page per polygon: the BASINS output of zoast:delineatebasins or the perimeters of zoast:agreementperimeters.</source>
        <translation>Une page par polygone : la sortie BASINS de zoast:delineatebasins ou les périmètres de zoast:agreementperimeters.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="136" />
        <source>Page name field</source>
        <translation>Champ du nom de page</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="136" />
        <source>Title of each page. Empty: the first of name, hub_name, name_fr, name_nl, zoast_code, basin_id the layer has.</source>
        <translation>Titre de chaque page. Vide : le premier des champs name, hub_name, name_fr, name_nl, zoast_code, basin_id présent dans la couche.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="343" />
        <source>Units with gap classes</source>
        <translation>Unités avec classes d'écart</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="142" />
        <source>The Care gaps output of zoast:gaps (fields gap_class and severity; with a national-only accessibility also severity_national, shortfall_fte_national and severity_change).</source>
        <translation>La sortie Écarts de soins de zoast:gaps (champs gap_class et severity ; avec une accessibilité nationale seule, également severity_national, shortfall_fte_national et severity_change).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="148" />
        <source>Unit id field</source>
        <translation>Champ d'identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="148" />
        <source>Unique id of each unit, named in error messages.</source>
        <translation>Identifiant unique de chaque unité, cité dans les messages d'erreur.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="150" />
        <source>Population field</source>
        <translation>Champ de population</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="150" />
        <source>Inhabitants of each unit.</source>
        <translation>Habitants de chaque unité.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="454" />
        <source>Supply points</source>
        <translation>Points d'offre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="152" />
        <source>Optional: GP practices or other care supply, drawn on the page maps and counted per page.</source>
        <translation>Facultatif : cabinets de médecine générale ou autre offre de soins, représentés sur les cartes des pages et comptés par page.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="158" />
        <source>Supply capacity field</source>
        <translation>Champ de capacité de l'offre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="158" />
        <source>Optional: capacity of each supply point (e.g. fte), summed per page.</source>
        <translation>Facultatif : capacité de chaque point d'offre (par ex. fte), additionnée par page.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="363" />
        <source>Patient flow lines</source>
        <translation>Lignes de flux de patients</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="163" />
        <source>Optional: the desire lines of zoast:patientflows (fields direction and patients). Cross-border lines (direction other than 'domestic') are drawn and counted: patients living in the page treated across the border, and patients from across the border treated in the page.</source>
        <translation>Facultatif : les lignes de désir de zoast:patientflows (champs direction et patients). Les lignes transfrontalières (direction autre que 'domestic') sont représentées et comptées : patients résidant dans la page soignés de l'autre côté de la frontière, et patients venant de l'autre côté de la frontière soignés dans la page.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="172" />
        <source>Flow patients field</source>
        <translation>Champ des patients des flux</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="172" />
        <source>Patients of each flow line.</source>
        <translation>Patients de chaque ligne de flux.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="388" />
        <source>ZOAST perimeters</source>
        <translation>Périmètres ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="176" />
        <source>Optional: the ZOAST outlines (output of zoast:agreementperimeters), drawn on every map.</source>
        <translation>Facultatif : les contours des ZOAST (sortie de zoast:agreementperimeters), représentés sur chaque carte.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="182" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="238" />
        <source>Cross-border health access diagnosis</source>
        <translation>Diagnostic de l'accès transfrontalier aux soins</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="182" />
        <source>Title of the cover page.</source>
        <translation>Titre de la page de couverture.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="643" />
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="187" />
        <source>Units and population</source>
        <translation>Unités et population</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="187" />
        <source>Population per gap severity (with the ZOAST)</source>
        <translation>Population par sévérité de l'écart (avec ZOAST)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="187" />
        <source>Population per gap severity (national supply only)</source>
        <translation>Population par sévérité de l'écart (offre nationale seule)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="187" />
        <source>Shortfall in FTE and what the border saves</source>
        <translation>Déficit en ETP et déficit évité grâce à la frontière</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="187" />
        <source>Units whose severity the border changes</source>
        <translation>Unités dont la frontière modifie la sévérité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="187" />
        <source>Cross-border patients</source>
        <translation>Patients transfrontaliers</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="187" />
        <source>Figures in the table of each page, computed from the units whose point on surface lies in the page's polygon (the cover sums the whole region). A figure whose input is missing is left out.</source>
        <translation>Chiffres du tableau de chaque page, calculés à partir des unités dont le point sur la surface se situe dans le polygone de la page (la page de couverture totalise l'ensemble de la région). Un chiffre dont l'entrée est manquante est omis.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="202" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="202" />
        <source>Footer text naming the data sources. Empty: the names of the input layers and today's date.</source>
        <translation>Texte du pied de page citant les sources des données. Vide : les noms des couches d'entrée et la date du jour.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="207" />
        <source>Resolution (dpi)</source>
        <translation>Résolution (ppp)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="207" />
        <source>Resolution of the PNG maps and of the rasterised parts of the PDF.</source>
        <translation>Résolution des cartes PNG et des parties rastérisées du PDF.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="215" />
        <source>Report (PDF)</source>
        <translation>Rapport (PDF)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="215" />
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="215" />
        <source>The A4 landscape PDF: a cover page, then one page per polygon of the atlas pages.</source>
        <translation>Le PDF au format A4 paysage : une page de couverture, puis une page par polygone des pages de l'atlas.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="220" />
        <source>Folder for PNG pages</source>
        <translation>Dossier des pages PNG</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="222" />
        <source>Optional: also write each page as a PNG image (cover.png, page_01_&lt;name&gt;.png…), e.g. for a web page or a slide.</source>
        <translation>Facultatif : écrire aussi chaque page sous forme d'image PNG (cover.png, page_01_&lt;name&gt;.png…), par ex. pour une page web ou une diapositive.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="227" />
        <source>Number of pages</source>
        <translation>Nombre de pages</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="243" />
        <source>Reading the layers…</source>
        <translation>Lecture des couches…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="318" />
        <source>Atlas pages</source>
        <translation>Pages de l'atlas</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="657" />
        <source>Cancelled by the user.</source>
        <translation>Annulé par l'utilisateur.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="270" />
        <source>Sources: {layers}. Computed with the ZOAST plugin for QGIS.</source>
        <translation>Sources : {layers}. Calculé avec l'extension ZOAST pour QGIS.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="280" />
        <source>Laying out {count} pages…</source>
        <translation>Mise en page de {count} pages…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="289" />
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="300" />
        <source>Could not write the PDF {path} ({error}). Check that the folder is writable and the file is not open in another program.</source>
        <translation>Impossible d'écrire le PDF {path} ({error}). Vérifiez que le dossier est accessible en écriture et que le fichier n'est pas ouvert dans un autre programme.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="307" />
        <source>Report written: {path} ({count} pages).</source>
        <translation>Rapport écrit : {path} ({count} pages).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="321" />
        <source>Layer 'Atlas pages' has no polygon with a geometry ({skipped} without). Choose the basins or ZOAST perimeters to make one page of each.</source>
        <translation>La couche 'Pages de l'atlas' ne contient aucun polygone doté d'une géométrie ({skipped} sans géométrie). Choisissez les bassins ou les périmètres ZOAST pour produire une page pour chacun.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="325" />
        <source>Layer 'Atlas pages': {count} polygon(s) with no geometry or an invalid one, first ids: {ids}. Repair or remove them.</source>
        <translation>Couche 'Pages de l'atlas' : {count} polygone(s) sans géométrie ou à la géométrie invalide, premiers identifiants : {ids}. Réparez-les ou supprimez-les.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="334" />
        <source>Page {n}</source>
        <translation>Page {n}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="346" />
        <source>{count} unit(s) without a geometry are left out of the figures.</source>
        <translation>{count} unité(s) sans géométrie exclue(s) des chiffres.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="380" />
        <source>Gap classes (with the ZOAST)</source>
        <translation>Classes d'écart (avec ZOAST)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="400" />
        <source>France → Belgium</source>
        <translation>France → Belgique</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="400" />
        <source>Belgium → France</source>
        <translation>Belgique → France</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="401" />
        <source>Domestic</source>
        <translation>Flux nationaux</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="401" />
        <source>Other directions</source>
        <translation>Autres sens</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="407" />
        <source>Cross-border patient flows</source>
        <translation>Flux de patients transfrontaliers</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="421" />
        <source>Inhabitants in severe shortage</source>
        <translation>Habitants en pénurie sévère</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="422" />
        <source>Inhabitants in shortage</source>
        <translation>Habitants en pénurie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="423" />
        <source>Inhabitants without shortage</source>
        <translation>Habitants sans pénurie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="424" />
        <source>Inhabitants not judged</source>
        <translation>Habitants non évalués</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="432" />
        <source>Units (communes)</source>
        <translation>Unités (communes)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="433" />
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="443" />
        <source>Shortfall (FTE GPs)</source>
        <translation>Déficit (ETP de médecins généralistes)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="446" />
        <source>Shortfall the border saves (FTE)</source>
        <translation>Déficit évité grâce à la frontière (ETP)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="449" />
        <source>Units the border improves (inhabitants)</source>
        <translation>Unités améliorées par la frontière (habitants)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="451" />
        <source>Units the border worsens (inhabitants)</source>
        <translation>Unités dégradées par la frontière (habitants)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="456" />
        <source>Supply capacity (FTE)</source>
        <translation>Capacité de l'offre (ETP)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="458" />
        <source>Residents treated across the border</source>
        <translation>Résidents soignés de l'autre côté de la frontière</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="459" />
        <source>Patients received from across the border</source>
        <translation>Patients accueillis venant de l'autre côté de la frontière</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="551" />
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="577" />
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="577" />
        <source>With ZOAST</source>
        <translation>Avec ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="577" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="579" />
        <source>National only</source>
        <translation>Offre nationale seule</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="604" />
        <source>page {n} of {total}</source>
        <translation>page {n} sur {total}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="626" />
        <source>Method. Each commune or municipality is judged by its own country's GP-shortage rule (France: APL zoning; Wallonia: Impulseo; Flanders: Zorg en Gezondheid priority zones), counting the GPs reachable inside the ZOAST cross-border agreements; 'national only' counts the supply of its own country only. The figures of each page sum the units whose point on surface lies in the page's outline; the shortfall is the GP time (FTE) to reach the next better class, a local estimate.</source>
        <translation>Méthode. Chaque commune est évaluée selon la règle de pénurie de médecins généralistes de son propre pays (France : zonage APL ; Wallonie : Impulseo ; Flandre : zones prioritaires Zorg en Gezondheid), en comptant les médecins généralistes accessibles au sein des conventions transfrontalières ZOAST ; 'offre nationale seule' ne compte que l'offre de son propre pays. Les chiffres de chaque page totalisent les unités dont le point sur la surface se situe dans le contour de la page ; le déficit est le temps de médecin généraliste (ETP) nécessaire pour atteindre la classe immédiatement meilleure, une estimation locale.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="633" />
        <source>Whole region</source>
        <translation>Ensemble de la région</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="661" />
        <source>Could not write the image {path}. Check that the folder is writable.</source>
        <translation>Impossible d'écrire l'image {path}. Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>SupplyInventoryAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="66" />
        <source>Supply inventory per unit (counts, capacity, density)</source>
        <translation>Inventaire de l'offre par unité (nombre, capacité, densité)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="69" />
        <source>Supply point layers</source>
        <translation>Couches de points d'offre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="69" />
        <source>One or more point layers of care supply (e.g. the outputs of zoast:importfiness and zoast:importpoints, GP practices, hospitals), in any CRS.</source>
        <translation>Une ou plusieurs couches de points d'offre de soins (par ex. les sorties de zoast:importfiness et zoast:importpoints, cabinets de médecine générale, hôpitaux), dans n'importe quel SCR.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="76" />
        <source>Supply id field</source>
        <translation>Champ d'identifiant de l'offre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="76" />
        <source>Id field of the supply layers, used to name points in the unmatched output and in messages. A layer without it is named by its feature ids.</source>
        <translation>Champ d'identifiant des couches d'offre, utilisé pour désigner les points dans la sortie des points non rattachés et dans les messages. Les points d'une couche qui en est dépourvue sont désignés par leurs identifiants d'entité.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="82" />
        <source>Category field</source>
        <translation>Champ de catégorie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="82" />
        <source>Field of the supply layers holding the ZOAST category (gp, hospital…). A layer without it, or a point with an empty category, is an error unless a default category is given.</source>
        <translation>Champ des couches d'offre contenant la catégorie ZOAST (gp, hospital…). Une couche qui en est dépourvue, ou un point de catégorie vide, constitue une erreur sauf si une catégorie par défaut est indiquée.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="88" />
        <source>Default category</source>
        <translation>Catégorie par défaut</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="88" />
        <source>Optional: category of the points of layers without the category field and of points with an empty category (e.g. gp for a layer of GP practices).</source>
        <translation>Facultatif : catégorie des points des couches dépourvues du champ de catégorie et des points de catégorie vide (par ex. gp pour une couche de cabinets de médecine générale).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="94" />
        <source>Capacity fields (comma-separated)</source>
        <translation>Champs de capacité (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="94" />
        <source>Numeric fields summed per unit and category where a layer has them (full-time equivalents, beds…); a layer without one counts 0 for it. Empty values are an error.</source>
        <translation>Champs numériques additionnés par unité et par catégorie lorsqu'une couche les possède (équivalents temps plein, lits…) ; une couche dépourvue de l'un d'eux compte 0 pour ce champ. Les valeurs vides constituent une erreur.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="101" />
        <source>Categories to write (comma-separated)</source>
        <translation>Catégories à écrire (séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="101" />
        <source>Optional: the category columns to write, in this order, even when a category has no point, so that field names stay the same from run to run (e.g. gp,hospital,pharmacy). Empty: the categories present, sorted. A point of a category not listed is an error.</source>
        <translation>Facultatif : les colonnes de catégories à écrire, dans cet ordre, même lorsqu'une catégorie n'a aucun point, afin que les noms de champs restent identiques d'une exécution à l'autre (par ex. gp,hospital,pharmacy). Vide : les catégories présentes, triées. Un point d'une catégorie non listée constitue une erreur.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="110" />
        <source>Territorial units (communes)</source>
        <translation>Unités territoriales (communes)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="110" />
        <source>Communes and municipalities on both sides of the border, as polygons, with their population.</source>
        <translation>Communes des deux côtés de la frontière, sous forme de polygones, avec leur population.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="116" />
        <source>Unit id field</source>
        <translation>Champ d'identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="116" />
        <source>Unique id of each unit, e.g. FR:59350 or BE:57081.</source>
        <translation>Identifiant unique de chaque unité, par ex. FR:59350 ou BE:57081.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="118" />
        <source>Population field</source>
        <translation>Champ de population</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="118" />
        <source>Inhabitants of each unit, for the densities per 10,000 inhabitants.</source>
        <translation>Habitants de chaque unité, pour les densités pour 10 000 habitants.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="121" />
        <source>Group field</source>
        <translation>Champ de regroupement</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="121" />
        <source>Optional: sum the inventory by this field of the units in the summary table, e.g. a health basin, a ZOAST code or the country.</source>
        <translation>Facultatif : totaliser l'inventaire selon ce champ des unités dans la table récapitulative, par ex. un bassin de soins, un code ZOAST ou le pays.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="124" />
        <source>Tolerance (metres)</source>
        <translation>Tolérance (mètres)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="124" />
        <source>A point in no unit (on the coast, across a generalised border) is counted in the nearest unit within this distance; farther points are listed in the unmatched output. Default 500 m: geocoded addresses and generalised commune outlines disagree by up to a few hundred metres.</source>
        <translation>Un point situé dans aucune unité (sur le littoral, de l'autre côté d'une frontière généralisée) est compté dans l'unité la plus proche située à cette distance au plus ; les points plus éloignés sont listés dans la sortie des points non rattachés. Par défaut 500 m : les adresses géocodées et les contours généralisés des communes peuvent diverger de quelques centaines de mètres.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="134" />
        <source>Supply inventory</source>
        <translation>Inventaire de l'offre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="134" />
        <source>The units with their fields and, per category c (and total): n_c (points), &lt;capacity&gt;_c (sum of each capacity field, e.g. fte_gp), d10k_c (points per 10,000 inhabitants) and d10k_&lt;capacity&gt;_c; densities are empty where the population is 0.</source>
        <translation>Les unités avec leurs champs et, par catégorie c (et au total) : n_c (points), &lt;capacity&gt;_c (somme de chaque champ de capacité, par ex. fte_gp), d10k_c (points pour 10 000 habitants) et d10k_&lt;capacity&gt;_c ; les densités sont vides lorsque la population vaut 0.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="142" />
        <source>Inventory summary</source>
        <translation>Récapitulatif de l'inventaire</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="142" />
        <source>One row per group (one row ALL without a group field): n_units, population and the same fields, densities computed from the group's population.</source>
        <translation>Une ligne par groupe (une ligne ALL sans champ de regroupement) : n_units, population et les mêmes champs, densités calculées à partir de la population du groupe.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="149" />
        <source>Unmatched supply points</source>
        <translation>Points d'offre non rattachés</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="149" />
        <source>Points counted in no unit: layer, fid, supply_id, category, reason (outside: farther than the tolerance from every unit; no_geometry) and distance (metres to the nearest unit).</source>
        <translation>Points comptés dans aucune unité : layer, fid, supply_id, category, reason (outside : plus éloigné de toute unité que la tolérance ; no_geometry) et distance (mètres jusqu'à l'unité la plus proche).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="156" />
        <source>Supply points read</source>
        <translation>Points d'offre lus</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="156" />
        <source>Points counted in a unit</source>
        <translation>Points comptés dans une unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="156" />
        <source>Points in no unit (listed)</source>
        <translation>Points hors unité (listés)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="156" />
        <source>Points counted in the nearest unit within the tolerance</source>
        <translation>Points comptés dans l'unité la plus proche, dans la limite de la tolérance</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="156" />
        <source>Units skipped (no geometry)</source>
        <translation>Unités ignorées (sans géométrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="173" />
        <source>Reading the supply layers…</source>
        <translation>Lecture des couches d'offre…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="175" />
        <source>Reading the units…</source>
        <translation>Lecture des unités…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="179" />
        <source>Territorial units</source>
        <translation>Unités territoriales</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="185" />
        <source>Placing {count} point(s) in {units} unit(s)…</source>
        <translation>Rattachement de {count} point(s) à {units} unité(s)…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="237" />
        <source>Parameter SUPPLY: choose at least one point layer.</source>
        <translation>Paramètre SUPPLY : choisissez au moins une couche de points.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="249" />
        <source>Supply layer '{layer}' is not a point layer. Choose point layers only.</source>
        <translation>La couche d'offre '{layer}' n'est pas une couche de points. Choisissez uniquement des couches de points.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="256" />
        <source>Supply layer '{layer}' has no field '{field}'. Choose the category field, or give a default category for the layers without one.</source>
        <translation>La couche d'offre '{layer}' n'a pas de champ '{field}'. Choisissez le champ de catégorie, ou indiquez une catégorie par défaut pour les couches qui en sont dépourvues.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="288" />
        <source>Capacity field(s) {fields} in none of the supply layers: not written.</source>
        <translation>Champ(s) de capacité {fields} absent(s) de toutes les couches d'offre : non écrit(s).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="317" />
        <source>{points} supply point(s) read: {within} inside a unit, {nearest} in the nearest unit within {tolerance} m, {unmatched} in no unit.</source>
        <translation>{points} point(s) d'offre lu(s) : {within} dans une unité, {nearest} dans l'unité la plus proche à {tolerance} m au plus, {unmatched} hors unité.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="322" />
        <source>Counted per category: {counts}.</source>
        <translation>Nombre par catégorie : {counts}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="326" />
        <source>{count} point(s) in no unit, listed in the unmatched output, first: {ids}.</source>
        <translation>{count} point(s) hors unité, listé(s) dans la sortie des points non rattachés, premiers : {ids}.</translation>
    </message>
</context>
<context>
    <name>ZoastAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="232" />
        <source>Cancelled by the user.</source>
        <translation>Annulé par l'utilisateur.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="29" />
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="30" />
        <source>Needs and gaps</source>
        <translation>Besoins et écarts</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="31" />
        <source>Care supply</source>
        <translation>Offre de soins</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="32" />
        <source>Health basins</source>
        <translation>Bassins de soins</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="33" />
        <source>Patient flows and agreements</source>
        <translation>Flux de patients et conventions</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="34" />
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="35" />
        <source>Whole diagnosis</source>
        <translation>Diagnostic complet</translation>
    </message>
</context>
<context>
    <name>ZoastDock</name>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="58" />
        <source>ZOAST agreements</source>
        <translation>Conventions ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="174" />
        <source>Style result layers</source>
        <translation>Styliser les couches de résultats</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="176" />
        <source>Apply the ZOAST styles to the result layers of the project (gaps, accessibility, basins…).</source>
        <translation>Appliquer les styles ZOAST aux couches de résultats du projet (écarts, accessibilité, bassins…).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="538" />
        <source>{count} result layer(s) styled.</source>
        <translation>{count} couche(s) de résultats mise(s) en forme.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="68" />
        <source>No agreements store open</source>
        <translation>Aucune base de conventions ouverte</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="69" />
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="71" />
        <source>Open a ZOAST agreements store (GeoPackage).</source>
        <translation>Ouvrir une base de conventions ZOAST (GeoPackage).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="73" />
        <source>New…</source>
        <translation>Nouvelle…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="75" />
        <source>Create a new agreements store, or add one to a GeoPackage.</source>
        <translation>Créer une nouvelle base de conventions, ou en ajouter une à un GeoPackage.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="85" />
        <source>Filter agreements (code, name, status)…</source>
        <translation>Filtrer les conventions (code, nom, statut)…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="89" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="89" />
        <source>Name (French)</source>
        <translation>Nom (français)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="89" />
        <source>Name (Dutch)</source>
        <translation>Nom (néerlandais)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="89" />
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="132" />
        <source>Establishments</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="113" />
        <source>Add agreement</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="116" />
        <source>Remove agreement</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="118" />
        <source>Remove the agreement and its members (saved on Save).</source>
        <translation>Supprimer la convention et ses membres (effectif à l'enregistrement).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="130" />
        <source>Agreement</source>
        <translation>Convention</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="131" />
        <source>Member units</source>
        <translation>Unités membres</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="142" />
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="146" />
        <source>Redo</source>
        <translation>Refaire</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="152" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="154" />
        <source>Check the agreements and write them to the store, all or nothing.</source>
        <translation>Contrôler les conventions et les écrire dans la base, en totalité ou pas du tout.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="156" />
        <source>Revert</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="158" />
        <source>Forget the edits made since the last save.</source>
        <translation>Abandonner les modifications effectuées depuis le dernier enregistrement.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="167" />
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="169" />
        <source>Build perimeters</source>
        <translation>Construire les périmètres</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="171" />
        <source>Run 'ZOAST agreement perimeters' on the saved agreements and the units layer, and add the perimeters to the map.</source>
        <translation>Exécuter 'Périmètres des conventions ZOAST' sur les conventions enregistrées et la couche des unités, et ajouter les périmètres à la carte.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="207" />
        <source>ZOAST</source>
        <translation>ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="212" />
        <source>Open an agreements store</source>
        <translation>Ouvrir une base de conventions</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="218" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="218" />
        <source>New agreements store</source>
        <translation>Nouvelle base de conventions</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="228" />
        <source>Unsaved edits</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="228" />
        <source>The agreements have unsaved edits. Discard them?</source>
        <translation>Les conventions comportent des modifications non enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="237" />
        <source>Upgrade the agreements store?</source>
        <translation>Mettre à niveau la base de conventions ?</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="249" />
        <source>Opened {path}: {count} agreement(s).</source>
        <translation>{path} ouvert : {count} convention(s).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="262" />
        <source>Created the agreements store {path}.</source>
        <translation>Base de conventions {path} créée.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="285" />
        <source>Open or create an agreements store first.</source>
        <translation>Ouvrez ou créez d'abord une base de conventions.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="297" />
        <source>Not saved: {count} problem(s) to fix first.</source>
        <translation>Non enregistré : {count} problème(s) à corriger au préalable.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="304" />
        <source>Saved: {count} row(s) written.</source>
        <translation>Enregistré : {count} ligne(s) écrite(s).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="321" />
        <source>Add agreement {code}</source>
        <translation>Ajouter la convention {code}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="329" />
        <source>Remove agreement {code}</source>
        <translation>Supprimer la convention {code}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="334" />
        <source>Edit {field} of {code}</source>
        <translation>Modifier {field} de {code}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="344" />
        <source>Choose an agreement first.</source>
        <translation>Choisissez d'abord une convention.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="347" />
        <source>Choose the layer and its id field first.</source>
        <translation>Choisissez d'abord la couche et son champ d'identifiant.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="351" />
        <source>Select features on the map in layer '{layer}' first.</source>
        <translation>Sélectionnez d'abord des entités sur la carte dans la couche '{layer}'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="354" />
        <source>Add {count} member(s) to {code}</source>
        <translation>Ajouter {count} membre(s) à {code}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="357" />
        <source>{added} member(s) added to {code}; {already} already member(s).</source>
        <translation>{added} membre(s) ajouté(s) à {code} ; {already} déjà membre(s).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="367" />
        <source>Remove {count} member(s) from {code}</source>
        <translation>Retirer {count} membre(s) de {code}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="370" />
        <source>{count} member(s) removed from {code}.</source>
        <translation>{count} membre(s) retiré(s) de {code}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="378" />
        <source>Choose an agreement and the layer first.</source>
        <translation>Choisissez d'abord une convention et la couche.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="388" />
        <source>{count} member(s) of {code} selected in '{layer}'.</source>
        <translation>{count} membre(s) de {code} sélectionné(s) dans '{layer}'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="506" />
        <source>Open a store and choose the units layer and its id field first.</source>
        <translation>Ouvrez une base et choisissez d'abord la couche des unités et son champ d'identifiant.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="510" />
        <source>Save the agreements before building the perimeters.</source>
        <translation>Enregistrez les conventions avant de construire les périmètres.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="533" />
        <source>{count} agreement perimeter(s) built.</source>
        <translation>{count} périmètre(s) de convention construit(s).</translation>
    </message>
</context>
<context>
    <name>ZoastErrors</name>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="141" />
        <source>Field '{field}': {count} value(s) are not dates, for: {ids}. Use YYYY-MM-DD or leave empty.</source>
        <translation>Champ '{field}' : {count} valeur(s) ne sont pas des dates, pour : {ids}. Utilisez le format AAAA-MM-JJ ou laissez vide.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="201" />
        <source>Field '{field}': {count} agreement(s) have it before '{other}': {ids}. Dates must be in order: signed on ≤ in force from ≤ ends on.</source>
        <translation>Champ '{field}' : {count} convention(s) ont une valeur antérieure à '{other}' : {ids}. Les dates doivent être dans l'ordre : date de signature ≤ date d'entrée en vigueur ≤ date de fin.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="556" />
        <source>Field '{field}': {count} member code(s) match no agreement: {ids}. Create the agreement first or correct the code.</source>
        <translation>Champ '{field}' : {count} code(s) de membre ne correspondent à aucune convention : {ids}. Créez d'abord la convention ou corrigez le code.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="237" />
        <source>Field '{field}': {count} member(s) listed twice in one agreement (code/id): {ids}. Remove the duplicates.</source>
        <translation>Champ '{field}' : {count} membre(s) figurant deux fois dans une même convention (code/identifiant) : {ids}. Supprimez les doublons.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="254" />
        <source>Field '{field}': {count} member(s) with a country other than {sides}: {ids}. Correct the country.</source>
        <translation>Champ '{field}' : {count} membre(s) avec un pays autre que {sides} : {ids}. Corrigez le pays.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="545" />
        <source>Field '{field}': {count} member id(s) not found in the layer: {ids}. Check the ids or choose the right layer.</source>
        <translation>Champ '{field}' : {count} identifiant(s) de membre introuvable(s) dans la couche : {ids}. Vérifiez les identifiants ou choisissez la bonne couche.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="300" />
        <source>Field '{field}': {count} agreement(s) have member units on one side only (or none): {ids}. Add member units on both sides ({sides}).</source>
        <translation>Champ '{field}' : {count} convention(s) ont des unités membres d'un seul côté (ou aucune) : {ids}. Ajoutez des unités membres des deux côtés ({sides}).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="384" />
        <source>Field '{field}': {count} agreement code(s) not found: {ids}. Choose an existing agreement.</source>
        <translation>Champ '{field}' : {count} code(s) de convention introuvable(s) : {ids}. Choisissez une convention existante.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="479" />
        <source>Field '{field}': cannot merge agreement {ids} with itself. Choose two agreements.</source>
        <translation>Champ '{field}' : impossible de fusionner la convention {ids} avec elle-même. Choisissez deux conventions.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="489" />
        <source>Field '{field}': the code {ids} is already used. Choose a new code.</source>
        <translation>Champ '{field}' : le code {ids} est déjà utilisé. Choisissez un nouveau code.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="206" />
        <source>Parameter '{field}': {value} is not allowed. Give a number greater than 0.</source>
        <translation>Paramètre '{field}' : la valeur {value} n'est pas autorisée. Indiquez un nombre supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/costs.py" line="227" />
        <source>{what}: {count} point(s) without valid coordinates, at row(s) {ids}. Remove null or empty geometries first.</source>
        <translation>{what} : {count} point(s) sans coordonnées valides, ligne(s) {ids}. Supprimez d'abord les géométries nulles ou vides.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/costs.py" line="260" />
        <source>Parameter '{field}': {value} is not allowed. Roads are never shorter than a straight line: give 1 or more.</source>
        <translation>Paramètre '{field}' : la valeur {value} n'est pas autorisée. Un trajet routier n'est jamais plus court que la ligne droite : indiquez 1 ou plus.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/costs.py" line="391" />
        <source>Field '{field}': {count} road line(s) with an empty, zero or negative speed, first: {ids}. Give every line a speed in km/h greater than 0.</source>
        <translation>Champ '{field}' : {count} tronçon(s) routier(s) dont la vitesse est vide, nulle ou négative, premiers : {ids}. Attribuez à chaque tronçon une vitesse en km/h supérieure à 0.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/costs.py" line="397" />
        <source>Field '{field}': {count} road line(s) with an empty or negative time, first: {ids}. Give every line a time in minutes of 0 or more.</source>
        <translation>Champ '{field}' : {count} tronçon(s) routier(s) dont le temps est vide ou négatif, premiers : {ids}. Attribuez à chaque tronçon un temps en minutes supérieur ou égal à 0.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/validation.py" line="24" />
        <source>Field '{field}': {count} empty id(s), at row(s) {ids}. Every row needs an id.</source>
        <translation>Champ '{field}' : {count} identifiant(s) vide(s), ligne(s) {ids}. Chaque ligne doit avoir un identifiant.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/costs.py" line="776" />
        <source>Field '{field}': {count} id(s) of the cost table are not in the layers, first: {ids}. Use the same ids as the layers or filter the table.</source>
        <translation>Champ '{field}' : {count} identifiant(s) de la table de coûts absents des couches, premiers : {ids}. Utilisez les mêmes identifiants que les couches ou filtrez la table.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/costs.py" line="822" />
        <source>Fields '{field}': {count} origin → destination pair(s) appear more than once, first: {ids}. Keep one time per pair.</source>
        <translation>Champs '{field}' : {count} couple(s) origine → destination figurent plusieurs fois, premiers : {ids}. Conservez un seul temps par couple.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/adjacency.py" line="55" />
        <source>Adjacency tolerance must be a number of 0 or more, got {value}.</source>
        <translation>La tolérance de contiguïté doit être un nombre supérieur ou égal à 0 ; valeur reçue : {value}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/adjacency.py" line="109" />
        <source>Field '{field}': {count} empty or invalid geometries, first ids: {ids}. Repair them (Fix geometries) before delineating basins.</source>
        <translation>Champ '{field}' : {count} géométries vides ou invalides, premiers identifiants : {ids}. Réparez-les (Réparer les géométries) avant de délimiter les bassins.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="159" />
        <source>Threshold {field} = {value}: it must be a number above 0.</source>
        <translation>Seuil {field} = {value} : il doit s'agir d'un nombre supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="169" />
        <source>Thresholds out of order: {field} ({lower}) must be below {upper_field} ({upper}). Swap or fix them.</source>
        <translation>Seuils dans le désordre : {field} ({lower}) doit être inférieur à {upper_field} ({upper}). Intervertissez-les ou corrigez-les.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="232" />
        <source>Basins: {count} unit(s) without a basin id, at row(s) {ids}. Give every unit a basin.</source>
        <translation>Bassins : {count} unité(s) sans identifiant de bassin, ligne(s) {ids}. Attribuez un bassin à chaque unité.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="292" />
        <source>Field '{field}': {count} unit(s) with an unknown region, first ids: {ids}. Use FL, WAL or BXL.</source>
        <translation>Champ '{field}' : {count} unité(s) de région inconnue, premiers identifiants : {ids}. Utilisez FL, WAL ou BXL.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="304" />
        <source>Field '{field}': {count} Belgian unit(s) whose region cannot be told from a 5-digit REFNIS code, first ids: {ids}. Fix the codes or give a region field.</source>
        <translation>Champ '{field}' : {count} unité(s) belge(s) dont la région ne peut être déduite d'un code REFNIS à 5 chiffres, premiers identifiants : {ids}. Corrigez les codes ou indiquez un champ de région.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="326" />
        <source>Field '{field}': {count} unit(s) neither FR nor BE, first ids: {ids}. Only French and Belgian units can be classified.</source>
        <translation>Champ '{field}' : {count} unité(s) ni FR ni BE, premiers identifiants : {ids}. Seules les unités françaises et belges peuvent être classées.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="375" />
        <source>The Flanders rule needs each municipality's area (km²): {count} Flemish unit(s), first ids: {ids}. Choose an area field.</source>
        <translation>La règle flamande nécessite la surface de chaque commune (km²) : {count} unité(s) flamande(s), premiers identifiants : {ids}. Choisissez un champ de surface.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="387" />
        <source>Field '{field}': {count} Flemish unit(s) with a zero, empty or negative area, first ids: {ids}. The density rule needs an area above 0 km².</source>
        <translation>Champ '{field}' : {count} unité(s) flamande(s) dont la surface est nulle, vide ou négative, premiers identifiants : {ids}. La règle de densité nécessite une surface supérieure à 0 km².</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="441" />
        <source>Brussels rule '{value}' unknown: use 'none' or 'wallonia'.</source>
        <translation>Règle bruxelloise '{value}' inconnue : utilisez 'none' ou 'wallonia'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="473" />
        <source>Field '{field}': {count} French unit(s) without a basin, first ids: {ids}. The TVS rule needs every French unit in a basin.</source>
        <translation>Champ '{field}' : {count} unité(s) française(s) sans territoire de vie-santé, premiers identifiants : {ids}. La règle TVS nécessite que chaque unité française soit rattachée à un territoire de vie-santé.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="45" />
        <source>Hospital (public, private or military; general, regional or cancer centre)</source>
        <translation>Hôpital (public, privé ou militaire ; centre hospitalier général, régional ou centre de lutte contre le cancer)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="49" />
        <source>Psychiatric hospital</source>
        <translation>Hôpital psychiatrique</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="50" />
        <source>Follow-up care and rehabilitation</source>
        <translation>Soins médicaux et de réadaptation (ex-SSR)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="51" />
        <source>Hospital care at home</source>
        <translation>Hospitalisation à domicile</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="52" />
        <source>Dialysis unit</source>
        <translation>Unité de dialyse</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="53" />
        <source>Health centre (salaried practitioners)</source>
        <translation>Centre de santé (praticiens salariés)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="54" />
        <source>Multi-professional GP practice (maison de santé)</source>
        <translation>Maison de santé pluriprofessionnelle</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="55" />
        <source>General practitioner</source>
        <translation>Médecin généraliste</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="56" />
        <source>Pharmacy</source>
        <translation>Pharmacie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="57" />
        <source>Outpatient mental health centre</source>
        <translation>Centre médico-psychologique</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="58" />
        <source>Nursing home for dependent elderly people</source>
        <translation>Établissement d'hébergement pour personnes âgées dépendantes (EHPAD)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="59" />
        <source>Other or unknown category</source>
        <translation>Catégorie autre ou inconnue</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="116" />
        <source>Field '{field}': {count} categor(y/ies) are not lower-case words, first: {ids}. Use a letter then letters, digits or '_' (they become field names such as n_hospital).</source>
        <translation>Champ '{field}' : {count} catégorie(s) ne sont pas des mots en minuscules, premières : {ids}. Utilisez une lettre suivie de lettres, de chiffres ou de '_' (elles deviennent des noms de champs comme n_hospital).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="146" />
        <source>Field '{field}': {count} empty code(s) in the mapping table, at row(s) {ids}. Fill or remove those rows.</source>
        <translation>Champ '{field}' : {count} code(s) vide(s) dans la table de correspondance, ligne(s) {ids}. Complétez ou supprimez ces lignes.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="159" />
        <source>Field '{field}': {count} code(s) mapped to two different categories, first: {ids}. Keep one category per code.</source>
        <translation>Champ '{field}' : {count} code(s) associés à deux catégories différentes, premiers : {ids}. Conservez une seule catégorie par code.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="197" />
        <source>Categories: {count} codes but ids or labels of another length. Give one id and one label per code.</source>
        <translation>Catégories : {count} codes, mais des identifiants ou des libellés en nombre différent. Indiquez un identifiant et un libellé par code.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/flows.py" line="54" />
        <source>Field '{field}': {count} flow(s) with an empty id, at row(s) {ids}. Every flow needs one.</source>
        <translation>Champ '{field}' : {count} flux avec un identifiant vide, ligne(s) {ids}. Chaque flux doit en avoir un.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/flows.py" line="65" />
        <source>Field '{field}': {count} id(s) not found in the layer: {ids}. Check the field, the layer, or the ids' format (e.g. FR:59350).</source>
        <translation>Champ '{field}' : {count} identifiant(s) introuvable(s) dans la couche : {ids}. Vérifiez le champ, la couche ou le format des identifiants (par ex. FR:59350).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/flows.py" line="143" />
        <source>Field '{field}': {count} empty country value(s), at row(s) {ids}. Fill the country.</source>
        <translation>Champ '{field}' : {count} valeur(s) de pays vide(s), ligne(s) {ids}. Renseignez le pays.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/needs.py" line="75" />
        <source>Age-weight table, field '{field}': {count} unknown band(s): {ids}. Use the band names {expected}.</source>
        <translation>Table des poids par âge, champ '{field}' : {count} tranche(s) inconnue(s) : {ids}. Utilisez les noms de tranches {expected}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/needs.py" line="87" />
        <source>Age-weight table, field '{field}': the weights do not cover {count} band(s): {ids}. Add a row for each band.</source>
        <translation>Table des poids par âge, champ '{field}' : les poids ne couvrent pas {count} tranche(s) : {ids}. Ajoutez une ligne pour chaque tranche.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/needs.py" line="98" />
        <source>Age-weight table, field '{field}': every weight is 0. Give positive weights.</source>
        <translation>Table des poids par âge, champ '{field}' : tous les poids valent 0. Indiquez des poids positifs.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/needs.py" line="146" />
        <source>The age weights do not cover {count} band(s): {ids}. Give a weight for every band used.</source>
        <translation>Les poids par âge ne couvrent pas {count} tranche(s) : {ids}. Indiquez un poids pour chaque tranche utilisée.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/needs.py" line="156" />
        <source>The age weights of {count} band(s) are negative or not numbers: {ids}.</source>
        <translation>Les poids par âge de {count} tranche(s) sont négatifs ou non numériques : {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="127" />
        <source>Field '{field}': {count} flow id(s) are not units of the units layer, first: {ids}. Check the id field and the unit codes (e.g. FR:59350, BE:57081).</source>
        <translation>Champ '{field}' : {count} identifiant(s) de flux ne sont pas des unités de la couche des unités, premiers : {ids}. Vérifiez le champ d'identifiant et les codes des unités (par ex. FR:59350, BE:57081).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="160" />
        <source>Flows: {count} {field} position(s) outside the units, first flow rows: {ids}.</source>
        <translation>Flux : {count} position(s) ({field}) hors de la plage des unités, premières lignes de flux : {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="189" />
        <source>Flows ({flows}) and adjacency ({adjacency}) must both be units × units.</source>
        <translation>Les flux ({flows}) et la contiguïté ({adjacency}) doivent tous deux être de dimension unités × unités.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="197" />
        <source>Basins within each country need the units' country field.</source>
        <translation>Les bassins limités à chaque pays nécessitent le champ du pays des unités.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="217" />
        <source>{count} unit(s) touch no other unit (islands), first: {ids}. They keep the basin their flows give, without contiguity.</source>
        <translation>{count} unité(s) ne touchent aucune autre unité (îles), premières : {ids}. Elles conservent le bassin issu de leurs flux, sans contiguïté.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="292" />
        <source>{count} unit(s) with no flows touch no basin, first: {ids}. They joined the basin of the nearest unit.</source>
        <translation>{count} unité(s) sans flux ne touchent aucun bassin, premières : {ids}. Elles ont rejoint le bassin de l'unité la plus proche.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="306" />
        <source>{count} unit(s) with no flows touch no basin, first: {ids}. Each such block is a basin of its own, with no hub.</source>
        <translation>{count} unité(s) sans flux ne touchent aucun bassin, premières : {ids}. Chacun de ces blocs forme un bassin à part entière, sans pôle.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="384" />
        <source>{count} unit(s) are cut off from their basin's hub and touch no other basin (e.g. islands), first: {ids}. They stay in the basin their flows give.</source>
        <translation>{count} unité(s) sont séparées du pôle de leur bassin et ne touchent aucun autre bassin (par ex. des îles), premières : {ids}. Elles restent dans le bassin issu de leurs flux.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="513" />
        <source>{count} basin(s) stay under the minimum LI or population: they touch no basin to merge into. First hubs: {ids}.</source>
        <translation>{count} bassin(s) restent sous le LI minimal ou la population minimale : ils ne touchent aucun bassin avec lequel fusionner. Premiers pôles : {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/proximity.py" line="61" />
        <source>Field '{field}': {count} negative cost(s), first pairs: {ids}.</source>
        <translation>Champ '{field}' : {count} coût(s) négatif(s), premiers couples : {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/proximity.py" line="69" />
        <source>Basins within each country need the units' and hubs' country.</source>
        <translation>Les bassins limités à chaque pays nécessitent le pays des unités et des pôles.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/proximity.py" line="84" />
        <source>Unknown proximity method '{method}'.</source>
        <translation>Méthode de proximité '{method}' inconnue.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/proximity.py" line="92" />
        <source>{count} unit(s) reach no hub, first: {ids}. They are left out of every basin.</source>
        <translation>{count} unité(s) n'atteignent aucun pôle, premières : {ids}. Elles sont exclues de tous les bassins.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/proximity.py" line="109" />
        <source>Field '{field}': {count} hub(s) with a missing or negative supply, first: {ids}.</source>
        <translation>Champ '{field}' : {count} pôle(s) dont l'offre est manquante ou négative, premiers : {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/proximity.py" line="124" />
        <source>Unknown distance decay '{decay}'.</source>
        <translation>Décroissance avec la distance '{decay}' inconnue.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/proximity.py" line="137" />
        <source>Costs: {count} {field} position(s) out of range, first pairs: {ids}.</source>
        <translation>Coûts : {count} position(s) ({field}) hors limites, premiers couples : {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/candidates.py" line="44" />
        <source>Field '{field}': no values in the flows table. Choose a field holding this volume.</source>
        <translation>Champ '{field}' : aucune valeur dans la table des flux. Choisissez un champ contenant ce volume.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="129" />
        <source>Supply points: {count} point(s) with no or non-numeric coordinates, first: {ids}. Fix or filter them (they would be counted nowhere).</source>
        <translation>Points d'offre : {count} point(s) sans coordonnées ou aux coordonnées non numériques, premiers : {ids}. Corrigez-les ou filtrez-les (ils ne seraient comptés nulle part).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="138" />
        <source>Tolerance: {value} is not a distance. Give 0 or more metres.</source>
        <translation>Tolérance : {value} n'est pas une distance. Indiquez une valeur de 0 mètre ou plus.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="218" />
        <source>Units: {count} geometr(y/ies) are not polygons, first units: {ids}. Use a polygon layer of territorial units.</source>
        <translation>Unités : {count} géométrie(s) ne sont pas des polygones, premières unités : {ids}. Utilisez une couche de polygones d'unités territoriales.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="227" />
        <source>Units: none of the {units} unit(s) has a polygon. Use a polygon layer with geometries.</source>
        <translation>Unités : aucune des {units} unité(s) n'a de polygone. Utilisez une couche de polygones avec géométries.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="520" />
        <source>Field '{field}': unit indices must be whole numbers. Use the assignment result.</source>
        <translation>Champ '{field}' : les indices d'unité doivent être des nombres entiers. Utilisez le résultat de l'affectation.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="530" />
        <source>Field '{field}': {count} point(s) refer to no unit, first: {ids}. Use -1 for unassigned points.</source>
        <translation>Champ '{field}' : {count} point(s) ne renvoient à aucune unité, premiers : {ids}. Utilisez -1 pour les points non affectés.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="544" />
        <source>Field '{field}': {count} point(s) with no category, first: {ids}. Map every point to a category (unknown ones to 'other').</source>
        <translation>Champ '{field}' : {count} point(s) sans catégorie, premiers : {ids}. Associez chaque point à une catégorie (les inconnus à 'other').</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="561" />
        <source>Field '{field}': {count} point(s) of a category not in the list, first: {ids}. Add their categories to the list.</source>
        <translation>Champ '{field}' : {count} point(s) d'une catégorie absente de la liste, premiers : {ids}. Ajoutez leurs catégories à la liste.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="571" />
        <source>Field '{field}': '{name}' is reserved for the all-categories columns. Rename that category.</source>
        <translation>Champ '{field}' : '{name}' est réservé aux colonnes toutes catégories confondues. Renommez cette catégorie.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="670" />
        <source>Inventory: {count} field name(s) produced twice, first: {ids}. Rename the category or capacity field that collides.</source>
        <translation>Inventaire : {count} nom(s) de champ produits deux fois, premiers : {ids}. Renommez la catégorie ou le champ de capacité en conflit.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="681" />
        <source>Field '{field}': {got} value(s) for {expected} row(s). Give one value per row.</source>
        <translation>Champ '{field}' : {got} valeur(s) pour {expected} ligne(s). Indiquez une valeur par ligne.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="108" />
        <source>Parameter '{field}' is empty. Write steps as minutes:weight, e.g. 10:1;20:0.68;30:0.22.</source>
        <translation>Le paramètre '{field}' est vide. Saisissez les paliers sous la forme minutes:poids, par ex. 10:1;20:0.68;30:0.22.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="123" />
        <source>Parameter '{field}': step '{piece}' is not minutes:weight. Write steps as minutes:weight separated by ';', e.g. 10:1;20:0.68;30:0.22.</source>
        <translation>Paramètre '{field}' : le palier '{piece}' n'est pas de la forme minutes:poids. Saisissez les paliers sous la forme minutes:poids séparés par ';', par ex. 10:1;20:0.68;30:0.22.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="134" />
        <source>Parameter '{field}': step '{piece}' has minutes of 0 or less. Give minutes greater than 0.</source>
        <translation>Paramètre '{field}' : le palier '{piece}' a une durée de 0 minute ou moins. Indiquez une durée supérieure à 0.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="145" />
        <source>Parameter '{field}': step '{piece}' has a weight outside 0–1. Give weights between 0 and 1.</source>
        <translation>Paramètre '{field}' : le palier '{piece}' a un poids hors de l'intervalle 0–1. Indiquez des poids compris entre 0 et 1.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="156" />
        <source>Parameter '{field}': step '{piece}' does not come after {previous} minutes. List the steps by increasing minutes.</source>
        <translation>Paramètre '{field}' : le palier '{piece}' ne suit pas le palier de {previous} minutes. Classez les paliers par durée croissante.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="168" />
        <source>Parameter '{field}': step '{piece}' weighs more than the step before. Weights must not increase with travel time.</source>
        <translation>Paramètre '{field}' : le palier '{piece}' a un poids supérieur à celui du palier précédent. Les poids ne doivent pas augmenter avec le temps de trajet.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="250" />
        <source>Parameter '{field}': {value} is not a method. Use 0 (2SFCA), 1 (E2SFCA) or 2 (Gaussian).</source>
        <translation>Paramètre '{field}' : {value} n'est pas une méthode. Utilisez 0 (2SFCA), 1 (E2SFCA) ou 2 (gaussienne).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="421" />
        <source>Field '{field}': {count} empty country code(s), first ids: {ids}. Give every row its country (FR, BE…).</source>
        <translation>Champ '{field}' : {count} code(s) pays vide(s), premiers identifiants : {ids}. Indiquez le pays de chaque ligne (FR, BE…).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="484" />
        <source>Parameter '{field}': {value} is not a border mode. Use 0 (national), 1 (inside a ZOAST) or 2 (open border).</source>
        <translation>Paramètre '{field}' : {value} n'est pas un mode frontière. Utilisez 0 (national), 1 (au sein d'une ZOAST) ou 2 (frontière ouverte).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="504" />
        <source>Parameter '{field}': border mode 1 (inside a ZOAST) needs the agreement members table. Give it, or choose another border mode.</source>
        <translation>Paramètre '{field}' : le mode frontière 1 (au sein d'une ZOAST) nécessite la table des membres des conventions. Indiquez-la ou choisissez un autre mode frontière.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="141" />
        <source>bytes that are not valid in the chosen encoding (replaced)</source>
        <translation>octets non valides dans l'encodage choisi (remplacés)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="142" />
        <source>line is valid UTF-8 read as latin-1: the file is probably UTF-8, choose that encoding</source>
        <translation>ligne en UTF-8 valide lue en latin-1 : le fichier est probablement en UTF-8, choisissez cet encodage</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="146" />
        <source>fewer fields than the record type has (record skipped)</source>
        <translation>moins de champs que n'en compte le type d'enregistrement (enregistrement ignoré)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="147" />
        <source>more fields than the record type has (record skipped)</source>
        <translation>plus de champs que n'en compte le type d'enregistrement (enregistrement ignoré)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="148" />
        <source>unknown record type (line skipped)</source>
        <translation>type d'enregistrement inconnu (ligne ignorée)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="149" />
        <source>nofinesset is not a 9-character FINESS number (record skipped)</source>
        <translation>nofinesset n'est pas un numéro FINESS à 9 caractères (enregistrement ignoré)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="150" />
        <source>nofinesset already read on an earlier line (record skipped)</source>
        <translation>nofinesset déjà lu sur une ligne précédente (enregistrement ignoré)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="151" />
        <source>second geolocation of the same nofinesset (the first one is used)</source>
        <translation>seconde géolocalisation du même nofinesset (la première est utilisée)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="155" />
        <source>geolocation of a nofinesset with no structureet record</source>
        <translation>géolocalisation d'un nofinesset sans enregistrement structureet</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="156" />
        <source>establishment with no coordinates (no point)</source>
        <translation>établissement sans coordonnées (pas de point)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="157" />
        <source>coordinates that are not numbers (no point)</source>
        <translation>coordonnées non numériques (pas de point)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="158" />
        <source>coordinate system not recognised in sourcecoordet (coordinates kept, no point)</source>
        <translation>système de coordonnées non reconnu dans sourcecoordet (coordonnées conservées, pas de point)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="162" />
        <source>commune/departement do not make an INSEE code (commune left empty)</source>
        <translation>commune/departement ne forment pas un code INSEE (commune laissée vide)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="296" />
        <source>FINESS file: no 'structureet' record in {lines} line(s). Choose the geolocated FINESS extract (';'-separated).</source>
        <translation>Fichier FINESS : aucun enregistrement 'structureet' sur {lines} ligne(s). Choisissez l'extraction FINESS géolocalisée (séparateur ';').</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="317" />
        <source>FINESS file: '{path}' not found. Choose an existing file.</source>
        <translation>Fichier FINESS : '{path}' introuvable. Choisissez un fichier existant.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/validation.py" line="13" />
        <source>{what}: field(s) {fields} not found. Choose existing fields.</source>
        <translation>{what} : champ(s) {fields} introuvable(s). Choisissez des champs existants.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/validation.py" line="34" />
        <source>Field '{field}': {count} rows share an id with another row, first: {ids}. Ids must be unique.</source>
        <translation>Champ '{field}' : {count} lignes partagent un identifiant avec une autre ligne, premières : {ids}. Les identifiants doivent être uniques.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/validation.py" line="49" />
        <source>Field '{field}': {count} empty or non-numeric value(s), first ids: {ids}. Fill them or filter those rows.</source>
        <translation>Champ '{field}' : {count} valeur(s) vide(s) ou non numérique(s), premiers identifiants : {ids}. Complétez-les ou filtrez ces lignes.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/validation.py" line="60" />
        <source>Field '{field}': {count} negative value(s), first ids: {ids}. Values must be 0 or more.</source>
        <translation>Champ '{field}' : {count} valeur(s) négative(s), premiers identifiants : {ids}. Les valeurs doivent être supérieures ou égales à 0.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/perimeters.py" line="72" />
        <source>Field '{field}': {count} member unit(s) not found in the units layer: {ids}. Check the ids or choose the right layer.</source>
        <translation>Champ '{field}' : {count} unité(s) membre(s) introuvable(s) dans la couche des unités : {ids}. Vérifiez les identifiants ou choisissez la bonne couche.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/perimeters.py" line="84" />
        <source>Field '{field}': {count} member unit(s) without a geometry: {ids}. Fix the units layer.</source>
        <translation>Champ '{field}' : {count} unité(s) membre(s) sans géométrie : {ids}. Corrigez la couche des unités.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/report_figures.py" line="86" />
        <source>Field '{field}': {count} value(s) that are not a severity (2, 1, 0 or -1), first ids: {ids}. Use the output of zoast:gaps.</source>
        <translation>Champ '{field}' : {count} valeur(s) qui ne sont pas une sévérité (2, 1, 0 ou -1), premiers identifiants : {ids}. Utilisez la sortie de zoast:gaps.</translation>
    </message>
</context>
<context>
    <name>ZoastGapClasses</name>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="76" />
        <source>Priority intervention zone (ZIP)</source>
        <translation>Zone d'intervention prioritaire (ZIP)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="77" />
        <source>Complementary action zone (ZAC)</source>
        <translation>Zone d'action complémentaire (ZAC)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="78" />
        <source>Outside the GP zoning (France)</source>
        <translation>Hors zonage médecins (France)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="79" />
        <source>Severe GP shortage (Wallonia)</source>
        <translation>Pénurie sévère de médecins généralistes (Wallonie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="80" />
        <source>GP shortage (Wallonia)</source>
        <translation>Pénurie de médecins généralistes (Wallonie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="81" />
        <source>No GP shortage (Wallonia)</source>
        <translation>Pas de pénurie de médecins généralistes (Wallonie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="82" />
        <source>Priority zone (Flanders)</source>
        <translation>Zone prioritaire (Flandre)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="83" />
        <source>Not a priority zone (Flanders)</source>
        <translation>Hors zone prioritaire (Flandre)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="84" />
        <source>Brussels: no rule applied</source>
        <translation>Bruxelles : aucune règle appliquée</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="88" />
        <source>France: APL GP zoning (2017 rules)</source>
        <translation>France : zonage médecins selon l'APL (règles de 2017)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="89" />
        <source>Wallonia: AViQ Impulseo GP shortage</source>
        <translation>Wallonie : pénurie de médecins généralistes AViQ Impulseo</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="90" />
        <source>Flanders: Zorg en Gezondheid priority zones</source>
        <translation>Flandre : zones prioritaires Zorg en Gezondheid</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="91" />
        <source>No rule</source>
        <translation>Aucune règle</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="104" />
        <source>Severe shortage</source>
        <translation>Pénurie sévère</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="105" />
        <source>Shortage</source>
        <translation>Pénurie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="106" />
        <source>No shortage</source>
        <translation>Pas de pénurie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="107" />
        <source>Not judged</source>
        <translation>Non évaluée</translation>
    </message>
</context>
<context>
    <name>ZoastPlugin</name>
    <message>
        <location filename="../zoast_plugin/plugin.py" line="45" />
        <source>ZOAST agreements</source>
        <translation>Conventions ZOAST</translation>
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
        <translation>ZOAST santé transfrontalière</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/provider.py" line="51" />
        <source>ZOAST cross-border health access (France–Belgium)</source>
        <translation>ZOAST – accès transfrontalier aux soins (France–Belgique)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/provider.py" line="62" />
        <source>The Python package '{name}' (version {wanted} or newer, for {why}) is missing or too old (found: {found}). ZOAST algorithms are not available until it is installed.</source>
        <translation>Le paquet Python '{name}' (version {wanted} ou ultérieure, utilisé pour : {why}) est absent ou trop ancien (version trouvée : {found}). Les algorithmes ZOAST ne sont pas disponibles tant qu'il n'est pas installé.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/provider.py" line="71" />
        <source>Optional Python package '{name}' is missing: {why} are not available.</source>
        <translation>Le paquet Python facultatif '{name}' est absent : fonctionnalités indisponibles ({why}).</translation>
    </message>
</context>
<context>
    <name>alg</name>
    <message>
        <location filename="../zoast_plugin/processing/parameters.py" line="52" />
        <source>Analysis CRS (projected, metres)</source>
        <translation>SCR d'analyse (projeté, mètres)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/parameters.py" line="52" />
        <source>Distances are measured in this projected CRS. ETRS89-LAEA (EPSG:3035) suits both France and Belgium.</source>
        <translation>Les distances sont mesurées dans ce SCR projeté. ETRS89-LAEA (EPSG:3035) convient à la fois pour la France et la Belgique.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/parameters.py" line="66" />
        <source>The analysis CRS {crs} is geographic (degrees). Choose a projected CRS such as EPSG:3035.</source>
        <translation>Le SCR d'analyse {crs} est géographique (degrés). Choisissez un SCR projeté tel que EPSG:3035.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="31" />
        <source>Catchment cut-off (minutes)</source>
        <translation>Seuil de l'aire d'attraction (minutes)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="31" />
        <source>Pairs farther than this travel time are outside the catchment.</source>
        <translation>Les couples dont le temps de trajet dépasse cette valeur sont hors de l'aire d'attraction.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="37" />
        <source>Straight-line speed (km/h)</source>
        <translation>Vitesse à vol d'oiseau (km/h)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="37" />
        <source>Without a cost table or road network, minutes = straight distance × detour factor / this speed.</source>
        <translation>Sans table de coûts ni réseau routier, minutes = distance à vol d'oiseau × coefficient de détour / cette vitesse.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="43" />
        <source>Detour factor</source>
        <translation>Coefficient de détour</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="43" />
        <source>Ratio of road distance to straight distance (1.3 is typical of rural Europe).</source>
        <translation>Rapport entre distance routière et distance à vol d'oiseau (1,3 est une valeur typique de l'Europe rurale).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="48" />
        <source>A table of origin id, destination id and minutes, e.g. from a routing engine. Used instead of roads or straight lines when given.</source>
        <translation>Table d'identifiants d'origine, d'identifiants de destination et de minutes, par ex. issue d'un moteur de calcul d'itinéraires. Utilisée à la place du réseau routier ou des lignes droites lorsqu'elle est fournie.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="55" />
        <source>Cost table: origin (unit) id field</source>
        <translation>Table de coûts : champ d'identifiant d'origine (unité)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="55" />
        <source>Field of the cost table holding the unit id.</source>
        <translation>Champ de la table de coûts contenant l'identifiant de l'unité.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="57" />
        <source>Cost table: destination (supply) id field</source>
        <translation>Table de coûts : champ d'identifiant de destination (offre)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="57" />
        <source>Field of the cost table holding the supply id.</source>
        <translation>Champ de la table de coûts contenant l'identifiant de l'offre.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="59" />
        <source>Cost table: minutes field</source>
        <translation>Table de coûts : champ des minutes</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="59" />
        <source>Field of the cost table holding the travel time in minutes.</source>
        <translation>Champ de la table de coûts contenant le temps de trajet en minutes.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="62" />
        <source>Road lines; travel times follow the network (bounded Dijkstra). Lines that share an end point are connected.</source>
        <translation>Lignes du réseau routier ; les temps de trajet suivent le réseau (Dijkstra borné). Les lignes qui partagent une extrémité sont connectées.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="69" />
        <source>Road speed field (km/h)</source>
        <translation>Champ de vitesse routière (km/h)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="69" />
        <source>Speed of each road line in km/h. Without it, the straight-line speed is used on every road.</source>
        <translation>Vitesse de chaque tronçon routier en km/h. En son absence, la vitesse à vol d'oiseau est appliquée à tous les tronçons.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="72" />
        <source>Speed to reach the road network (km/h)</source>
        <translation>Vitesse d'accès au réseau routier (km/h)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="72" />
        <source>Speed of the leg between a point and its nearest road node.</source>
        <translation>Vitesse du trajet entre un point et le nœud routier le plus proche.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="113" />
        <source>Travel cost table</source>
        <translation>Table des coûts de trajet</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="114" />
        <source>Travel costs from the table: {count} rows.</source>
        <translation>Coûts de trajet issus de la table : {count} lignes.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="149" />
        <source>Road network</source>
        <translation>Réseau routier</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="169" />
        <source>Road network: {nodes} nodes, {edges} edges.</source>
        <translation>Réseau routier : {nodes} nœuds, {edges} arcs.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="100" />
        <source>Territorial units (communes)</source>
        <translation>Unités territoriales (communes)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="27" />
        <source>Communes or other units, as points or polygons (polygons use their point on surface).</source>
        <translation>Communes ou autres unités, sous forme de points ou de polygones (pour les polygones, leur point sur la surface est utilisé).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="106" />
        <source>Unit id field</source>
        <translation>Champ d'identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="106" />
        <source>Unique id of each unit, e.g. FR:59350 or BE:57081.</source>
        <translation>Identifiant unique de chaque unité, par ex. FR:59350 ou BE:57081.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="34" />
        <source>Supply points</source>
        <translation>Points d'offre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="34" />
        <source>GP practices, hospitals or other care supply, as points.</source>
        <translation>Cabinets de médecine générale, hôpitaux ou autre offre de soins, sous forme de points.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="40" />
        <source>Supply id field</source>
        <translation>Champ d'identifiant de l'offre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="40" />
        <source>Unique id of each supply point.</source>
        <translation>Identifiant unique de chaque point d'offre.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/parameters.py" line="45" />
        <source>Parameter '{label}' ({name}): choose a field.</source>
        <translation>Paramètre '{label}' ({name}) : choisissez un champ.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="172" />
        <source>{count} road line(s) gave no edge (too short or empty), first ids: {ids}.</source>
        <translation>{count} tronçon(s) routier(s) n'ont produit aucun arc (trop courts ou vides), premiers identifiants : {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="169" />
        <source>ZOAST agreements</source>
        <translation>Conventions ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="60" />
        <source>Optional: the agreements table (zoast_agreements of an agreements store), one row per agreement. Its attributes are copied to the output; its in_force_from and ends_on dates are used with the date parameter. Without it, the agreements are the codes found in the members.</source>
        <translation>Facultatif : table des conventions (zoast_agreements d'une base de conventions), une ligne par convention. Ses attributs sont copiés dans la sortie ; ses dates in_force_from et ends_on sont utilisées avec le paramètre de date. En son absence, les conventions sont les codes trouvés dans la table des membres.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="67" />
        <source>Agreements: code field</source>
        <translation>Conventions : champ du code</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="67" />
        <source>Unique code of each agreement.</source>
        <translation>Code unique de chaque convention.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="185" />
        <source>ZOAST agreement members</source>
        <translation>Membres des conventions ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="74" />
        <source>Table of agreement code and member unit id, one row per membership (zoast_members of an agreements store). The country of each member is read from the units layer.</source>
        <translation>Table des codes de convention et des identifiants des unités membres, une ligne par adhésion (zoast_members d'une base de conventions). Le pays de chaque membre est lu dans la couche des unités.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="81" />
        <source>Members: agreement code field</source>
        <translation>Membres : champ du code de convention</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="81" />
        <source>Agreement code in the members table.</source>
        <translation>Code de la convention dans la table des membres.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="83" />
        <source>Members: unit id field</source>
        <translation>Membres : champ d'identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="83" />
        <source>Member unit id in the members table (same ids as the units layer).</source>
        <translation>Identifiant de l'unité membre dans la table des membres (mêmes identifiants que la couche des unités).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="86" />
        <source>Members: member since field</source>
        <translation>Membres : champ de la date d'adhésion</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="86" />
        <source>Date the unit joined the agreement; read only when a date is given. Empty dates mean 'from the start'.</source>
        <translation>Date à laquelle l'unité a rejoint la convention ; lue uniquement si une date est indiquée. Une date vide signifie 'depuis l'origine'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="197" />
        <source>ZOAST member establishments</source>
        <translation>Établissements membres des conventions ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="90" />
        <source>Optional: table of agreement code and member establishment id (zoast_establishments of an agreements store).</source>
        <translation>Facultatif : table des codes de convention et des identifiants des établissements membres (zoast_establishments d'une base de conventions).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="97" />
        <source>Establishments: agreement code field</source>
        <translation>Établissements : champ du code de convention</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="97" />
        <source>Agreement code in the member establishments table.</source>
        <translation>Code de la convention dans la table des établissements membres.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="100" />
        <source>Establishments: establishment id field</source>
        <translation>Établissements : champ d'identifiant de l'établissement</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="100" />
        <source>Member establishment id (the supply_id of the hospitals or facilities).</source>
        <translation>Identifiant de l'établissement membre (supply_id des hôpitaux ou établissements).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="105" />
        <source>Establishments: country field</source>
        <translation>Établissements : champ du pays</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="105" />
        <source>FR or BE for each member establishment.</source>
        <translation>FR ou BE pour chaque établissement membre.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="108" />
        <source>Establishments: member since field</source>
        <translation>Établissements : champ de la date d'adhésion</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="108" />
        <source>Date the establishment joined the agreement; read only when a date is given.</source>
        <translation>Date à laquelle l'établissement a rejoint la convention ; lue uniquement si une date est indiquée.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="112" />
        <source>Members covered at date (YYYY-MM-DD)</source>
        <translation>Membres couverts à la date du (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="112" />
        <source>Optional: keep only the memberships in force at this date (member since on or before it; with an agreements table, the agreement in force on that day too). Empty: every membership.</source>
        <translation>Facultatif : ne conserver que les adhésions en vigueur à cette date (date d'adhésion antérieure ou égale ; avec une table des conventions, convention également en vigueur ce jour-là). Vide : toutes les adhésions.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="132" />
        <source>Parameter AT_DATE: '{value}' is not a date. Write it as YYYY-MM-DD, e.g. 2023-01-01, or leave it empty.</source>
        <translation>Paramètre AT_DATE : '{value}' n'est pas une date. Saisissez-la au format AAAA-MM-JJ, par ex. 2023-01-01, ou laissez vide.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="153" />
        <source>Layer '{layer}' has no field '{field}': read as empty.</source>
        <translation>La couche '{layer}' n'a pas de champ '{field}' : lu comme vide.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="220" />
        <source>{count} membership(s) not in force on {date} left out (member since later, or agreement not in force).</source>
        <translation>{count} adhésion(s) non en vigueur au {date} écartée(s) (adhésion postérieure ou convention non en vigueur).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="223" />
        <source>{units} member unit(s) and {establishments} member establishment(s) used.</source>
        <translation>{units} unité(s) membre(s) et {establishments} établissement(s) membre(s) utilisés.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="163" />
        <source>Patient flows</source>
        <translation>Flux de patients</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="78" />
        <source>One row per origin unit, destination and care type, with the number of patients, of stays and the amount paid (e.g. the insurers' cross-border care tables).</source>
        <translation>Une ligne par unité d'origine, destination et type de soins, avec le nombre de patients, de séjours et le montant payé (par ex. tableaux des soins transfrontaliers des organismes assureurs).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="84" />
        <source>Flows: origin unit id field</source>
        <translation>Flux : champ d'identifiant de l'unité d'origine</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="84" />
        <source>Unit where the patients live (ids of the units layer).</source>
        <translation>Unité de résidence des patients (identifiants de la couche des unités).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="86" />
        <source>Flows: destination id field</source>
        <translation>Flux : champ d'identifiant de destination</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="86" />
        <source>Facility where they are treated (ids of the facilities layer), or a unit id when no facilities layer is given.</source>
        <translation>Établissement où ils sont soignés (identifiants de la couche des établissements), ou identifiant d'unité en l'absence de couche des établissements.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="89" />
        <source>Flows: care type field</source>
        <translation>Flux : champ du type de soins</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="89" />
        <source>Optional: nature of the care (hospital stay, day case, ambulatory…). Empty values are counted as 'unspecified'.</source>
        <translation>Facultatif : nature des soins (séjour hospitalier, hospitalisation de jour, soins ambulatoires…). Les valeurs vides sont comptées comme 'unspecified'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="92" />
        <source>Flows: patients field</source>
        <translation>Flux : champ des patients</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="92" />
        <source>Number of patients of each flow.</source>
        <translation>Nombre de patients de chaque flux.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="94" />
        <source>Flows: stays field</source>
        <translation>Flux : champ des séjours</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="94" />
        <source>Optional: number of stays or contacts. Leave empty when the table has none.</source>
        <translation>Facultatif : nombre de séjours ou de contacts. Laisser vide si la table n'en comporte pas.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="97" />
        <source>Flows: amount field (euros)</source>
        <translation>Flux : champ du montant (euros)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="97" />
        <source>Optional: amount paid in euros. Leave empty when the table has none.</source>
        <translation>Facultatif : montant payé en euros. Laisser vide si la table n'en comporte pas.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="100" />
        <source>Communes and municipalities on both sides of the border (polygons use their point on surface).</source>
        <translation>Communes des deux côtés de la frontière (pour les polygones, leur point sur la surface est utilisé).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="108" />
        <source>Unit country field</source>
        <translation>Champ du pays de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="108" />
        <source>FR or BE: gives each flow its direction.</source>
        <translation>FR ou BE : donne à chaque flux son sens.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="110" />
        <source>Facilities (destinations)</source>
        <translation>Établissements (destinations)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="110" />
        <source>Optional: hospitals or other facilities the flows go to, as points. Without it, the destination of each flow is a unit id.</source>
        <translation>Facultatif : hôpitaux ou autres établissements vers lesquels vont les flux, sous forme de points. En son absence, la destination de chaque flux est un identifiant d'unité.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="117" />
        <source>Facility id field</source>
        <translation>Champ d'identifiant de l'établissement</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="117" />
        <source>Unique id of each facility.</source>
        <translation>Identifiant unique de chaque établissement.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="119" />
        <source>Facility country field</source>
        <translation>Champ du pays de l'établissement</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="119" />
        <source>FR or BE for each facility.</source>
        <translation>FR ou BE pour chaque établissement.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="121" />
        <source>Care types (comma-separated)</source>
        <translation>Types de soins (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="121" />
        <source>Optional: keep only these care types, e.g. hospital_stay,day_case. Empty: every care type.</source>
        <translation>Facultatif : ne conserver que ces types de soins, par ex. hospital_stay,day_case. Vide : tous les types de soins.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="146" />
        <source>Reading the layers…</source>
        <translation>Lecture des couches…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="147" />
        <source>Territorial units</source>
        <translation>Unités territoriales</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="157" />
        <source>Facilities</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="184" />
        <source>Parameter CARE_TYPES: none of {wanted} is a care type of the flows (field '{field}'). Care types present: {present}.</source>
        <translation>Paramètre CARE_TYPES : aucun des types {wanted} n'est un type de soins des flux (champ '{field}'). Types de soins présents : {present}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="190" />
        <source>Care type(s) not in the flows, ignored: {types}.</source>
        <translation>Type(s) de soins absent(s) des flux, ignoré(s) : {types}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="195" />
        <source>{count} flow(s) of other care types left out.</source>
        <translation>{count} flux d'autres types de soins écartés.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="81" />
        <source>Category mapping table</source>
        <translation>Table de correspondance des catégories</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="64" />
        <source>Mapping table: code field</source>
        <translation>Table de correspondance : champ du code</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="64" />
        <source>Field of the mapping table holding the source code (e.g. the FINESS categetab).</source>
        <translation>Champ de la table de correspondance contenant le code de la source (par ex. le categetab FINESS).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="67" />
        <source>Mapping table: category field</source>
        <translation>Table de correspondance : champ de la catégorie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="67" />
        <source>Field of the mapping table holding the ZOAST category (a lower-case word such as gp, hospital, pharmacy).</source>
        <translation>Champ de la table de correspondance contenant la catégorie ZOAST (mot en minuscules comme gp, hospital, pharmacy).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="92" />
        <source>{count} record(s) have a code missing from the category mapping; they get the category '{default}':</source>
        <translation>{count} enregistrement(s) ont un code absent de la table de correspondance des catégories ; ils reçoivent la catégorie '{default}' :</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="97" />
        <source>  code '{code}' ({label}): {count} record(s), e.g. {ids}</source>
        <translation>  code '{code}' ({label}) : {count} enregistrement(s), par ex. {ids}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="122" />
        <source>Road search radius: {radius} km (the cut-off at the fastest speed along one edge, {speed} km/h as the crow flies).</source>
        <translation>Rayon de recherche sur le réseau routier : {radius} km (le seuil à la vitesse la plus élevée le long d'un tronçon, {speed} km/h à vol d'oiseau).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="148" />
        <source>Reading the road network…</source>
        <translation>Lecture du réseau routier…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="155" />
        <source>Field '{field}': {count} road line(s) faster than {limit} km/h, first ids: {ids}. Check these speeds: one fast line widens the search of every origin and slows the whole run.</source>
        <translation>Champ '{field}' : {count} tronçon(s) routier(s) à plus de {limit} km/h, premiers identifiants : {ids}. Vérifiez ces vitesses : un seul tronçon rapide élargit la recherche de chaque origine et ralentit tout le calcul.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="165" />
        <source>Building the road graph…</source>
        <translation>Construction du graphe routier…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="65" />
        <source>Cancelled by the user.</source>
        <translation>Annulé par l'utilisateur.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="67" />
        <source>Saving the outputs…</source>
        <translation>Enregistrement des sorties…</translation>
    </message>
</context>
</TS>
