<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="95" />
        <source>Layer '{layer}' has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) and run again.</source>
        <translation>La couche '{layer}' n'a pas de système de coordonnées de référence. Définissez son SCR (Propriétés de la couche &gt; Source) et relancez.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="146" />
        <source>Layer '{layer}': field(s) {fields} not found. Choose existing fields.</source>
        <translation>Couche '{layer}' : champ(s) {fields} introuvable(s). Choisissez des champs existants.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="1165" />
        <source>Cancelled by the user.</source>
        <translation>Annulé par l'utilisateur.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="538" />
        <source>Could not write features to the output: {error}</source>
        <translation>Impossible d'écrire les entités dans la sortie : {error}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="384" />
        <source>Layer '{layer}': {count} feature(s) with an invalid geometry, first ids: {ids}. Repair them (Vector geometry &gt; Fix geometries) or change the invalid features filtering in the Processing options.</source>
        <translation>Couche '{layer}' : {count} entité(s) à la géométrie invalide, premiers identifiants : {ids}. Réparez-les (Géométrie vectorielle &gt; Réparer les géométries) ou modifiez le filtrage des entités invalides dans les options de Traitement.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="396" />
        <source>Layer '{layer}': {count} feature(s) with no geometry or an invalid one skipped, first ids: {ids}.</source>
        <translation>Couche '{layer}' : {count} entité(s) sans géométrie ou à la géométrie invalide ignorée(s), premiers identifiants : {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="106" />
        <source>Layer '{layer}': coordinates such as ({x:.0f}, {y:.0f}) cannot be degrees of its CRS {crs}: the layer's CRS is wrong. Set the right one (Layer Properties &gt; Source) and run again.</source>
        <translation>Couche '{layer}' : des coordonnées telles que ({x:.0f}, {y:.0f}) ne peuvent pas être des degrés de son SCR {crs} : le SCR de la couche est faux. Définissez le bon (Propriétés de la couche &gt; Source) et relancez.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="278" />
        <source>Layer '{layer}': none of its {count} feature(s) has a usable geometry (empty or invalid), first ids: {ids}. Fix the geometries or choose another layer.</source>
        <translation>Couche '{layer}' : aucune de ses {count} entité(s) n'a de géométrie utilisable (vide ou invalide), premiers id : {ids}. Corrigez les géométries ou choisissez une autre couche.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="282" />
        <source>Layer '{layer}' has no feature (an empty layer, selection or filter). Choose a layer with features.</source>
        <translation>La couche '{layer}' n'a aucune entité (couche, sélection ou filtre vide). Choisissez une couche qui a des entités.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="333" />
        <source>Layer '{layer}' (file '{path}'), line {line}, field '{field}': text that is not valid {encoding}. Set the layer's encoding (Layer Properties &gt; Source) or the ENCODING parameter to the file's encoding, probably {suggestion}.</source>
        <translation>Couche '{layer}' (fichier '{path}'), ligne {line}, champ '{field}' : texte qui n'est pas du {encoding} valide. Réglez l'encodage de la couche (Propriétés de la couche &gt; Source) ou le paramètre ENCODING sur l'encodage du fichier, probablement {suggestion}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="339" />
        <source>Layer '{layer}' ({path}), feature {fid}, field '{field}': text that is not valid {encoding}. Set the layer's encoding (Layer Properties &gt; Source) to the file's encoding, probably {suggestion}.</source>
        <translation>Couche '{layer}' ({path}), entité {fid}, champ '{field}' : texte qui n'est pas du {encoding} valide. Réglez l'encodage de la couche (Propriétés de la couche &gt; Source) sur l'encodage du fichier, probablement {suggestion}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/qgis_io.py" line="701" />
        <source>Could not write the layer '{layer}' into {path}.</source>
        <translation>Impossible d'écrire la couche '{layer}' dans {path}.</translation>
    </message>
</context>
<context>
    <name>AccessibilityAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="87" />
        <source>Accessibility (2SFCA, E2SFCA, Gaussian)</source>
        <translation>Accessibilité (2SFCA, E2SFCA, gaussienne)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="91" />
        <source>Demand field (population)</source>
        <translation>Champ de demande (population)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="91" />
        <source>Population of each unit, or the age-standardised need from zoast:needs.</source>
        <translation>Population de chaque unité, ou besoin standardisé par l'âge issu de zoast:needs.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="94" />
        <source>Age-standardise the demand from the age bands</source>
        <translation>Standardiser la demande par tranche d'âge</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="94" />
        <source>Use Σ population of each age band (pop_0_14 … pop_90p) × its default consumption weight as the demand instead of the demand field (see zoast:needs for other weights).</source>
        <translation>Utiliser comme demande, au lieu du champ de demande, la Σ de la population de chaque tranche d'âge (pop_0_14 … pop_90p) × son poids de consommation par défaut (voir zoast:needs pour d'autres poids).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="111" />
        <source>Unit country field</source>
        <translation>Champ du pays de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="111" />
        <source>FR or BE: decides which supply is national and which is across the border.</source>
        <translation>FR ou BE : détermine quelle offre est nationale et quelle offre est transfrontalière.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="113" />
        <source>Capacity field</source>
        <translation>Champ de capacité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="113" />
        <source>Supply of each point: FTE GPs, yearly consultations (APL), beds…</source>
        <translation>Offre de chaque point : médecins généralistes en ETP, consultations annuelles (APL), lits…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="116" />
        <source>Supply country field</source>
        <translation>Champ du pays de l'offre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="116" />
        <source>FR or BE for each supply point.</source>
        <translation>FR ou BE pour chaque point d'offre.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="118" />
        <source>Exclude supply points where this field is true</source>
        <translation>Exclure les points d'offre pour lesquels ce champ est vrai</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="118" />
        <source>E.g. age_over_65: the French APL counts only GPs under 65. Excluded points are counted in the log.</source>
        <translation>Par ex. age_over_65 : l'APL française ne compte que les médecins généralistes de moins de 65 ans. Les points exclus sont comptés dans le journal.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="122" />
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="122" />
        <source>2SFCA (equal weight inside the catchment)</source>
        <translation>2SFCA (poids égal dans l'aire d'attraction)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="122" />
        <source>E2SFCA (step weights)</source>
        <translation>E2SFCA (poids par palier)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="122" />
        <source>Gaussian decay</source>
        <translation>Décroissance gaussienne</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="122" />
        <source>2SFCA: Luo &amp; Wang 2003. E2SFCA: Luo &amp; Qi 2009, weights by travel-time step (the French APL is one). Gaussian: smooth decay with the SIGMA parameter.</source>
        <translation>2SFCA : Luo et Wang 2003. E2SFCA : Luo et Qi 2009, pondération par palier de temps de trajet (l'APL française en est une). Gaussienne : décroissance continue réglée par le paramètre SIGMA.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="131" />
        <source>E2SFCA steps (minutes:weight;…)</source>
        <translation>Paliers E2SFCA (minutes:poids;…)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="131" />
        <source>Up to N minutes → weight, separated by semicolons, e.g. 10:1;20:0.68;30:0.22 (PySAL access defaults). Used by the E2SFCA method.</source>
        <translation>Jusqu'à N minutes → poids, séparés par des points-virgules, par ex. 10:1;20:0.68;30:0.22 (valeurs par défaut de PySAL access). Utilisé par la méthode E2SFCA.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="137" />
        <source>Gaussian sigma (minutes)</source>
        <translation>Sigma gaussien (minutes)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="137" />
        <source>Width of the Gaussian decay. Used by the Gaussian method.</source>
        <translation>Largeur de la décroissance gaussienne. Utilisé par la méthode gaussienne.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="145" />
        <source>Supply across the border</source>
        <translation>Offre de l'autre côté de la frontière</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="145" />
        <source>Never (national supply only)</source>
        <translation>Jamais (offre nationale uniquement)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="145" />
        <source>Only inside a shared ZOAST agreement</source>
        <translation>Uniquement au sein d'une même convention ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="145" />
        <source>Always (open border)</source>
        <translation>Toujours (frontière ouverte)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="145" />
        <source>Whether a unit may use supply in the other country: never, only when the unit and the unit where the supply lies belong to the same ZOAST agreement, or always.</source>
        <translation>Indique si une unité peut recourir à l'offre de l'autre pays : jamais, uniquement lorsque l'unité et l'unité où se situe l'offre appartiennent à la même convention ZOAST, ou toujours.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="349" />
        <source>ZOAST agreement members</source>
        <translation>Membres des conventions ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="173" />
        <source>Members: agreement code field</source>
        <translation>Membres : champ du code de convention</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="173" />
        <source>Agreement code in the members table.</source>
        <translation>Code de la convention dans la table des membres.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="175" />
        <source>Members: unit id field</source>
        <translation>Membres : champ d'identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="175" />
        <source>Member unit id in the members table.</source>
        <translation>Identifiant de l'unité membre dans la table des membres.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="177" />
        <source>Supply: id of the unit where it lies</source>
        <translation>Offre : identifiant de l'unité où elle se situe</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="177" />
        <source>Optional. Without it, the unit is found by location (point in polygon, or the nearest unit point).</source>
        <translation>Facultatif. En son absence, l'unité est déterminée par localisation (point dans polygone, ou point d'unité le plus proche).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="180" />
        <source>Scale the result by</source>
        <translation>Multiplier le résultat par</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="180" />
        <source>Multiply the accessibility, e.g. 100000 for FTE per 100,000 inhabitants; 1 for the APL.</source>
        <translation>Facteur appliqué à l'accessibilité, par ex. 100000 pour des ETP pour 100 000 habitants ; 1 pour l'APL.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="200" />
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="207" />
        <source>Supply-to-demand ratios</source>
        <translation>Ratios offre/demande</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="207" />
        <source>The supply points with demand_seen (weighted population reaching them) and ratio (capacity / demand_seen × scale).</source>
        <translation>Les points d'offre avec demand_seen (population pondérée qui les atteint) et ratio (capacité / demand_seen × facteur).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="214" />
        <source>Units with no supply in reach</source>
        <translation>Unités sans offre accessible</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="215" />
        <source>Unit–supply pairs used</source>
        <translation>Couples unité–offre utilisés</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="216" />
        <source>Features skipped (no geometry or excluded)</source>
        <translation>Entités ignorées (sans géométrie ou exclues)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="235" />
        <source>Reading the layers…</source>
        <translation>Lecture des couches…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="241" />
        <source>Territorial units</source>
        <translation>Unités territoriales</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="246" />
        <source>Supply points</source>
        <translation>Points d'offre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="252" />
        <source>{count} supply point(s) excluded by the field '{field}'.</source>
        <translation>{count} point(s) d'offre exclu(s) par le champ '{field}'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="279" />
        <source>Floating catchment…</source>
        <translation>Calcul des aires flottantes…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="295" />
        <source>Writing the outputs…</source>
        <translation>Écriture des sorties…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="317" />
        <source>{count} unit(s) reach no supply within the cut-off: their access is 0.</source>
        <translation>{count} unité(s) n'atteignent aucune offre en deçà du temps de trajet maximal : leur accessibilité vaut 0.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="365" />
        <source>{count} supply point(s) lie in no unit: they are used only by units of their own country.</source>
        <translation>{count} point(s) d'offre ne se situent dans aucune unité : ils ne sont utilisés que par les unités de leur propre pays.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="367" />
        <source>{count} agreement(s) in the members table.</source>
        <translation>{count} convention(s) dans la table des membres.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="393" />
        <source>No unit reaches any supply point within {minutes} minutes. Raise the cut-off (MAX_COST), check that both layers cover the same area, or allow supply across the border.</source>
        <translation>Aucune unité n'atteint un point d'offre en {minutes} minutes. Augmentez le seuil (MAX_COST), vérifiez que les deux couches couvrent la même zone, ou autorisez l'offre de l'autre côté de la frontière.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="101" />
        <source>Rescale the standardised demand to the layer's population</source>
        <translation>Remettre la demande standardisée à l'échelle de la population de la couche</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="101" />
        <source>Off (default): the age weights are relative to the mean French inhabitant, so a commune's standardised demand does not depend on which other units the layer holds. On: the demand is rescaled so that its total equals the layer's population — then the same commune's APL changes with the extent of the layer (e.g. ×1.04 for the Meuse alone).</source>
        <translation>Désactivé (par défaut) : les poids par âge sont relatifs à l'habitant français moyen, de sorte que la demande standardisée d'une commune ne dépend pas des autres unités de la couche. Activé : la demande est remise à l'échelle pour que son total égale la population de la couche — l'APL d'une même commune change alors avec l'étendue de la couche (par exemple ×1,04 pour la Meuse seule).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="154" />
        <source>Share of demand using supply across the border</source>
        <translation>Part de la demande qui utilise l'offre de l'autre versant</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="154" />
        <source>Weight β of a unit–supply pair across the border: a share β of the unit's residents competes for the other side's supply and its access gains β times what that supply offers. 0 = national supply only; 1 = every resident at full weight (an upper bound). Default 0.013: about 20,000 ZOAST patients in 2015 for about 1.5 million inhabitants of the member units. The same supply is redistributed: what member units gain, residents on the other side lose.</source>
        <translation>Poids β d'un couple unité–offre de part et d'autre de la frontière : une part β des habitants de l'unité se dispute l'offre de l'autre versant et son accessibilité gagne β fois ce que cette offre propose. 0 = offre nationale seule ; 1 = chaque habitant à plein poids (une borne haute). Par défaut 0,013 : environ 20 000 patients ZOAST en 2015 pour environ 1,5 million d'habitants des communes membres. La même offre est redistribuée : ce que gagnent les communes membres, les habitants de l'autre versant le perdent.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="165" />
        <source>Table of agreement code and member unit id (the zoast_members table of an agreements store). Needed when supply is used only inside a ZOAST (the default mode). Members that are not in the units layer are left out, with a warning.</source>
        <translation>Table des codes de convention et des identifiants des unités membres (la table zoast_members d'une base de conventions). Nécessaire quand l'offre de l'autre versant n'est utilisée que dans une ZOAST (le mode par défaut). Les membres absents de la couche des unités sont laissés de côté, avec un avertissement.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="186" />
        <source>What the result measures</source>
        <translation>Ce que mesure le résultat</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="186" />
        <source>Automatic (from the capacity field and the scale)</source>
        <translation>Automatique (d'après le champ de capacité et l'échelle)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="186" />
        <source>APL (consultations per year per standardised inhabitant)</source>
        <translation>APL (consultations par an et par habitant standardisé)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="186" />
        <source>FTE GPs per 100,000 inhabitants</source>
        <translation>ETP de médecins généralistes pour 100 000 habitants</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="186" />
        <source>GPs (head count) per 100,000 inhabitants</source>
        <translation>Médecins généralistes (effectifs) pour 100 000 habitants</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="186" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="186" />
        <source>Written in the field access_kind next to access, with the border mode and the cross-border weight, so that zoast:gaps can refuse a value that does not fit a rule. Automatic: the APL when the capacity is 'activity' of GPs under 65 over the age-standardised demand with scale 1; FTE per 100,000 when the capacity is an FTE field and the scale 100000; otherwise other.</source>
        <translation>Écrit dans le champ access_kind à côté d'access, avec le mode frontière et le poids transfrontalier, pour que zoast:gaps puisse refuser une valeur qui ne convient pas à une règle. Automatique : l'APL quand la capacité est l'« activity » des médecins de moins de 65 ans rapportée à la demande standardisée par l'âge, à l'échelle 1 ; des ETP pour 100 000 quand la capacité est un champ d'ETP et l'échelle 100000 ; sinon « autre ».</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="200" />
        <source>The units with access (supply per inhabitant × scale), access_kind (what access measures, e.g. APL;border=zoast;weight=0.013), n_supply (supply points reached) and, with the ZOAST mode, zoast_member (1 for a unit in an agreement).</source>
        <translation>Les unités avec access (offre par habitant × échelle), access_kind (ce que mesure access, par exemple APL;border=zoast;weight=0.013), n_supply (points d'offre atteints) et, en mode ZOAST, zoast_member (1 pour une unité membre d'une convention).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="217" />
        <source>Units within one catchment of the layer's edge</source>
        <translation>Unités à moins d'une aire de recours du bord de la couche</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="219" />
        <source>ZOAST members not in the units layer</source>
        <translation>Membres ZOAST absents de la couche des unités</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="339" />
        <source>No ZOAST agreement members table: only national supply is counted (access_kind says border=national). Give the members table to count the supply across the border inside the ZOAST.</source>
        <translation>Pas de table des membres des conventions ZOAST : seule l'offre nationale est comptée (access_kind indique border=national). Donnez la table des membres pour compter l'offre de l'autre versant dans les ZOAST.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="357" />
        <source>{count} ZOAST member unit(s) are not in the units layer (first: {ids}): they are left out. Their residents do not compete for the supply here.</source>
        <translation>{count} unité(s) membre(s) d'une ZOAST absente(s) de la couche des unités (premières : {ids}) : elles sont laissées de côté. Leurs habitants ne se disputent pas l'offre ici.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="378" />
        <source>{count} unit(s) lie within one catchment ({km} km) of the edge of the units layer: demand and supply beyond the edge are not counted, so their access is less certain. Analyse a wider layer (the study area plus a ring of context units) and keep the study area's results.</source>
        <translation>{count} unité(s) à moins d'une aire de recours ({km} km) du bord de la couche des unités : la demande et l'offre au-delà du bord ne sont pas comptées, leur accessibilité est donc moins sûre. Analysez une couche plus large (le territoire d'étude et une couronne d'unités de contexte) et gardez les résultats du territoire d'étude.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="384" />
        <source>{count} supply point(s) lie outside the units layer: nobody beyond the layer competes for them, which inflates the access of the units near them. Add the units around them or leave those points out.</source>
        <translation>{count} point(s) d'offre hors de la couche des unités : personne au-delà de la couche ne se les dispute, ce qui gonfle l'accessibilité des unités proches. Ajoutez les unités qui les entourent ou écartez ces points.</translation>
    </message>
</context>
<context>
    <name>AgreementCandidatesAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="38" />
        <source>ZOAST extension and merger candidates</source>
        <translation>Candidats à l'extension et à la fusion des ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="44" />
        <source>Extension: minimum share</source>
        <translation>Extension : part minimale</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="53" />
        <source>Minimum patients behind a suggestion</source>
        <translation>Nombre minimal de patients par proposition</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="53" />
        <source>A suggestion (extension or merger) needs at least this many patients, so a handful of patients suggests nothing. Default 10.</source>
        <translation>Une proposition (extension ou fusion) doit reposer sur au moins ce nombre de patients, afin que quelques patients isolés ne suffisent pas. Valeur par défaut : 10.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="60" />
        <source>Merger: minimum shared share</source>
        <translation>Fusion : part partagée minimale</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="68" />
        <source>Adjacency tolerance (metres)</source>
        <translation>Tolérance de contiguïté (mètres)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="68" />
        <source>Units closer than this count as neighbours, so slivers between the French and Belgian outlines do not cut the border.</source>
        <translation>Les unités plus proches que cette distance sont considérées comme voisines, afin que les interstices entre les contours français et belges ne coupent pas la frontière.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="105" />
        <source>Extension candidates</source>
        <translation>Candidats à l'extension</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="105" />
        <source>Merger candidates</source>
        <translation>Candidats à la fusion</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="98" />
        <source>Cross-border flows outside the agreements</source>
        <translation>Flux transfrontaliers hors conventions</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="98" />
        <source>Per origin and destination, the cross-border flows whose origin and destination share no agreement: origin_id, dest_id, direction, patients, stays, amount_eur, n_flows.</source>
        <translation>Par origine et destination, les flux transfrontaliers dont l'origine et la destination ne relèvent d'aucune convention commune : origin_id, dest_id, direction, patients, stays, amount_eur, n_flows.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="105" />
        <source>Origin–destination pairs outside the agreements</source>
        <translation>Couples origine–destination hors conventions</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="105" />
        <source>Cross-border patients outside the agreements</source>
        <translation>Patients transfrontaliers hors conventions</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="105" />
        <source>Units and facilities skipped (no geometry or an invalid one)</source>
        <translation>Unités et établissements ignorés (sans géométrie ou à la géométrie invalide)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="129" />
        <source>Parameter AGREEMENT_ESTABLISHMENTS: the flows go to facilities, so the agreements' member establishments are needed to tell which flows a ZOAST covers. Give the member establishments table.</source>
        <translation>Paramètre AGREEMENT_ESTABLISHMENTS : les flux aboutissent à des établissements, les établissements membres des conventions sont donc nécessaires pour savoir quels flux une ZOAST couvre. Indiquez la table des établissements membres.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="136" />
        <source>Finding neighbouring units…</source>
        <translation>Recherche des unités voisines…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="139" />
        <source>Looking for candidates…</source>
        <translation>Recherche des candidats…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="147" />
        <source>Writing the outputs…</source>
        <translation>Écriture des sorties…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="169" />
        <source>{count} extension candidate(s).</source>
        <translation>{count} candidat(s) à l'extension.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="169" />
        <source>{count} merger candidate(s).</source>
        <translation>{count} candidat(s) à la fusion.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="44" />
        <source>A unit next to a zone is suggested when at least this share (0–1) of its cross-border patients go to the zone's member establishments without being covered by an agreement of the unit today. Illustrative default: a majority (0.5), as in the plurality rule of health service areas.</source>
        <translation>Une commune voisine d'une zone est proposée quand au moins cette part (0–1) de ses patients transfrontaliers va dans les établissements membres de la zone sans être couverte aujourd'hui par une convention de la commune. Valeur indicative : une majorité (0,5), comme dans la règle de majorité relative des bassins de santé.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="60" />
        <source>Two zones are suggested for a merger when their residents' cross-border patients to the other zone's member establishments, not covered today, are at least this share (0–1) of both zones' residents' patients. Domestic flows never count. Illustrative default: 0.05.</source>
        <translation>Deux zones sont proposées pour une fusion quand les patients transfrontaliers de leurs habitants vers les établissements membres de l'autre zone, non couverts aujourd'hui, forment au moins cette part (0–1) des patients des habitants des deux zones. Les flux nationaux ne comptent jamais. Valeur indicative : 0,05.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="77" />
        <source>Units suggested for a zone, with their attributes and: zoast_code, rank (in the zone, most newly covered patients first), member_of (zones the unit already belongs to), member_neighbours (member units it touches), newly_covered (cross-border patients to the zone's establishments that no agreement of the unit covers today: what the extension changes), already_covered, to_zone, cross_border (all its cross-border patients), residents (all its residents' patients), share_cross_border and share_residents (newly_covered over each), establishments (those its newly covered patients go to).</source>
        <translation>Communes proposées pour une zone, avec leurs attributs et : zoast_code, rank (dans la zone, le plus de patients nouvellement couverts d'abord), member_of (zones dont la commune est déjà membre), member_neighbours (communes membres contiguës), newly_covered (patients transfrontaliers vers les établissements de la zone qu'aucune convention de la commune ne couvre aujourd'hui : ce que l'extension change), already_covered, to_zone, cross_border (tous ses patients transfrontaliers), residents (tous les patients de ses habitants), share_cross_border et share_residents (newly_covered rapporté à chacun), establishments (ceux où vont ses patients nouvellement couverts).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementcandidates.py" line="89" />
        <source>Pairs of zones: rank, code_a, code_b, a_to_b and b_to_a (cross-border patients of one zone's residents in the other's member establishments, not covered today), shared, both_ways, residents_a, residents_b, share, share_a_to_b, share_b_to_a, and domestic_a_to_b, domestic_b_to_a (domestic patients, shown for context: they need no agreement).</source>
        <translation>Couples de zones : rank, code_a, code_b, a_to_b et b_to_a (patients transfrontaliers des habitants d'une zone dans les établissements membres de l'autre, non couverts aujourd'hui), shared, both_ways, residents_a, residents_b, share, share_a_to_b, share_b_to_a, et domestic_a_to_b, domestic_b_to_a (patients nationaux, montrés pour le contexte : ils n'ont pas besoin de convention).</translation>
    </message>
</context>
<context>
    <name>AgreementForm</name>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="128" />
        <source>Unique code of the agreement (zoast_code), e.g. MRTW_URSA. Members follow a new code.</source>
        <translation>Code unique de la convention (zoast_code), par ex. MRTW_URSA. Les membres suivent le nouveau code.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="129" />
        <source>Last day the agreement covers; empty when open-ended.</source>
        <translation>Dernier jour couvert par la convention ; vide si elle est à durée indéterminée.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="131" />
        <source>Health insurers that take part, on each side.</source>
        <translation>Organismes d'assurance maladie participants, de chaque côté de la frontière.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="138" />
        <source>(no date)</source>
        <translation>(sans date)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="130" />
        <source>Care the agreement covers.</source>
        <translation>Soins couverts par la convention.</translation>
    </message>
</context>
<context>
    <name>AgreementPerimetersAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="54" />
        <source>ZOAST agreement perimeters</source>
        <translation>Périmètres des conventions ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="59" />
        <source>Territorial units (communes)</source>
        <translation>Unités territoriales (communes)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="59" />
        <source>Communes and municipalities on both sides of the border, as polygons.</source>
        <translation>Communes des deux côtés de la frontière, sous forme de polygones.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="66" />
        <source>Unit country field</source>
        <translation>Champ du pays de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="66" />
        <source>FR or BE: the side of the border each member unit is on.</source>
        <translation>FR ou BE : côté de la frontière où se situe chaque unité membre.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="68" />
        <source>Optional: inhabitants of each unit, summed per perimeter. Leave empty to skip the population.</source>
        <translation>Facultatif : habitants de chaque unité, additionnés par périmètre. Laisser vide pour ne pas calculer la population.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="71" />
        <source>Gap tolerance (metres)</source>
        <translation>Tolérance d'interstice (mètres)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="71" />
        <source>French and Belgian outlines come from different sources and leave slivers along the border: gaps narrower than twice this value are closed when dissolving. 0 dissolves the polygons as they are.</source>
        <translation>Les contours français et belges proviennent de sources différentes et laissent des interstices le long de la frontière : les interstices plus étroits que deux fois cette valeur sont comblés lors de la fusion. 0 fusionne les polygones tels quels.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="81" />
        <source>ZOAST perimeters</source>
        <translation>Périmètres ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="81" />
        <source>One dissolved (multi)polygon per agreement, in the analysis CRS, with the agreement's attributes (or zoast_code), population, n_units, n_units_fr, n_units_be and n_establishments. An agreement with no member unit has no geometry.</source>
        <translation>Un (multi)polygone fusionné par convention, dans le SCR d'analyse, avec les attributs de la convention (ou zoast_code), population, n_units, n_units_fr, n_units_be et n_establishments. Une convention sans unité membre n'a pas de géométrie.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="89" />
        <source>ZOAST perimeters per side</source>
        <translation>Périmètres ZOAST par côté</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="89" />
        <source>One (multi)polygon per agreement and country: zoast_code, country, population, n_units, n_establishments.</source>
        <translation>Un (multi)polygone par convention et par pays : zoast_code, country, population, n_units, n_establishments.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="96" />
        <source>Agreements</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="97" />
        <source>Agreements with member units on one side only (or none)</source>
        <translation>Conventions ayant des unités membres d'un seul côté (ou aucune)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="99" />
        <source>Units skipped (no geometry)</source>
        <translation>Unités ignorées (sans géométrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="109" />
        <source>Reading the layers…</source>
        <translation>Lecture des couches…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="110" />
        <source>Territorial units</source>
        <translation>Unités territoriales</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="121" />
        <source>Dissolving the perimeters…</source>
        <translation>Fusion des périmètres…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="131" />
        <source>Territorial units: the member polygons could not be dissolved ({error}). Repair them with Fix geometries and run again.</source>
        <translation>Unités territoriales : les polygones membres n'ont pas pu être fusionnés ({error}). Réparez-les avec Réparer les géométries et relancez.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="152" />
        <source>Writing the perimeters…</source>
        <translation>Écriture des périmètres…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/agreementperimeters.py" line="140" />
        <source>{count} agreement(s) not in force on {date}, so without a perimeter: {ids}.</source>
        <translation>{count} convention(s) pas en vigueur le {date}, donc sans périmètre : {ids}.</translation>
    </message>
</context>
<context>
    <name>AgreementStore</name>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="222" />
        <source>'{source}' already holds ZOAST agreements: open it instead of creating it.</source>
        <translation>'{source}' contient déjà des conventions ZOAST : ouvrez-la au lieu de la créer.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/backends.py" line="106" />
        <source>'{source}' does not exist. Choose a ZOAST store (.gpkg) or create a new one.</source>
        <translation>'{source}' n'existe pas. Choisissez une base ZOAST (.gpkg) ou créez-en une nouvelle.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="261" />
        <source>'{source}' holds ZOAST tables but no schema version (table zoast_meta). It can be upgraded to a ZOAST store of version {supported}: missing fields are added, nothing is removed.</source>
        <translation>'{source}' contient des tables ZOAST mais aucune version de schéma (table zoast_meta). Elle peut être mise à niveau en base ZOAST de version {supported} : les champs manquants sont ajoutés, rien n'est supprimé.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="287" />
        <source>'{source}' is not a ZOAST store: the table(s) {tables} are missing. Choose a ZOAST store or create a new one.</source>
        <translation>'{source}' n'est pas une base ZOAST : la ou les tables {tables} sont absentes. Choisissez une base ZOAST ou créez-en une nouvelle.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="296" />
        <source>'{source}' is not a ZOAST store: the table {table} has no field(s) {fields}.</source>
        <translation>'{source}' n'est pas une base ZOAST : la table {table} n'a pas le ou les champs {fields}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="413" />
        <source>The agreements could not be saved ({error}). Nothing was written: the store is as it was before. Your edits are kept in the form.</source>
        <translation>Les conventions n'ont pas pu être enregistrées ({error}). Rien n'a été écrit : la base est dans son état antérieur. Vos modifications sont conservées dans le formulaire.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="105" />
        <source>{count} of your edit(s) conflict with changes another user saved meanwhile. Nothing was written: choose, for each, which value to keep; the other edits of both of you are kept.</source>
        <translation>{count} de vos modifications entrent en conflit avec celles qu'un autre utilisateur a enregistrées entre-temps. Rien n'a été écrit : choisissez pour chacune la valeur à garder ; les autres modifications de chacun sont conservées.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="151" />
        <source>'{source}', table {table}, row fid {fid}: the field '{field}' holds '{value}', which is not a date. Correct it (YYYY-MM-DD) or empty it, in QGIS's attribute table for instance.</source>
        <translation>'{source}', table {table}, ligne fid {fid} : le champ '{field}' contient '{value}', qui n'est pas une date. Corrigez-le (AAAA-MM-JJ) ou videz-le, par exemple dans la table attributaire de QGIS.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="253" />
        <source>'{source}' is a ZOAST store of schema version {version}, newer than this plugin supports ({supported}). Update the ZOAST plugin to open it; it was not changed.</source>
        <translation>'{source}' est une base de conventions ZOAST de version de schéma {version}, plus récente que celle que gère cette extension ({supported}). Mettez à jour l'extension ZOAST pour l'ouvrir ; elle n'a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="268" />
        <source>'{source}' is a ZOAST store of schema version {version}. It can be upgraded to version {supported} (members get an end date); older versions of the plugin will then refuse it.</source>
        <translation>'{source}' est une base de conventions ZOAST de version de schéma {version}. Elle peut être mise à niveau en version {supported} (les membres reçoivent une date de fin) ; les versions plus anciennes de l'extension la refuseront ensuite.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/store.py" line="319" />
        <source>'{source}': the schema version '{version}' in {table} cannot be read. The store was changed by hand or is damaged: restore it from a backup.</source>
        <translation>'{source}' : la version de schéma '{version}' de {table} est illisible. La base a été modifiée à la main ou est endommagée : restaurez-la depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/backends.py" line="131" />
        <source>'{source}' is an SQLite database but not a GeoPackage. Choose a ZOAST store (.gpkg) or create a new one.</source>
        <translation>'{source}' est une base SQLite mais pas un GeoPackage. Choisissez une base de conventions ZOAST (.gpkg) ou créez-en une.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/backends.py" line="204" />
        <source>'{source}' is damaged or is not a GeoPackage (SQLite says: {detail}). It is not opened, so nothing is made worse. Restore the file from a backup; without one, a database tool can often recover the tables (sqlite3 '.recover').</source>
        <translation>'{source}' est endommagé ou n'est pas un GeoPackage (SQLite indique : {detail}). Il n'est pas ouvert, pour ne rien aggraver. Restaurez le fichier depuis une sauvegarde ; à défaut, un outil de base de données peut souvent récupérer les tables (sqlite3 '.recover').</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/backends.py" line="216" />
        <source>The disk holding '{source}' is full: nothing was written, the store is as it was and your edits are kept. Free some space on that disk (or move the store to another one), then save again.</source>
        <translation>Le disque qui contient '{source}' est plein : rien n'a été écrit, la base est inchangée et vos modifications sont conservées. Libérez de la place sur ce disque (ou déplacez la base sur un autre), puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/backends.py" line="223" />
        <source>'{source}' is read-only (file permissions, a read-only folder or medium): nothing was written. Copy the store to a folder you may write to and open the copy, or ask who manages the file for write access.</source>
        <translation>'{source}' est en lecture seule (droits du fichier, dossier ou support en lecture seule) : rien n'a été écrit. Copiez la base dans un dossier où vous pouvez écrire et ouvrez la copie, ou demandez l'accès en écriture à qui gère le fichier.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/backends.py" line="230" />
        <source>'{source}' is locked by another program (another QGIS, a database browser, a file synchronisation tool…): nothing was written. Close the store in that program or wait until it has finished, then save again.</source>
        <translation>'{source}' est verrouillé par un autre programme (un autre QGIS, un navigateur de base de données, un outil de synchronisation de fichiers…) : rien n'a été écrit. Fermez la base dans ce programme ou attendez qu'il ait fini, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/backends.py" line="238" />
        <source>'{source}': the database reports an error ({error}). Nothing was written.</source>
        <translation>'{source}' : la base de données signale une erreur ({error}). Rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/backends.py" line="317" />
        <source>A store on PostgreSQL needs the Python module psycopg2, which this QGIS does not have. Install it (Debian/Ubuntu: python3-psycopg2; it comes with the QGIS installers for Windows and macOS).</source>
        <translation>Une base sur PostgreSQL nécessite le module Python psycopg2, absent de ce QGIS. Installez-le (Debian/Ubuntu : python3-psycopg2 ; il est fourni avec les installateurs QGIS pour Windows et macOS).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/backends.py" line="443" />
        <source>Cannot connect to {target}: {error}. Check the connection (QGIS Data Source Manager › PostgreSQL), that the server is running and that your user may log in.</source>
        <translation>Connexion impossible à {target} : {error}. Vérifiez la connexion (Gestionnaire des sources de données QGIS › PostgreSQL), que le serveur fonctionne et que votre utilisateur peut se connecter.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/backends.py" line="424" />
        <source>The disk of the database server {target} is full: nothing was written, your edits are kept. Ask the database administrator to free space, then save again.</source>
        <translation>Le disque du serveur de base de données {target} est plein : rien n'a été écrit, vos modifications sont conservées. Demandez à l'administrateur de la base de libérer de la place, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/backends.py" line="430" />
        <source>{target} may not be written with your database user ({error}): nothing was written. Ask the database administrator for INSERT, UPDATE and DELETE on the ZOAST tables, or use a read-write server.</source>
        <translation>Votre utilisateur de base de données ne peut pas écrire dans {target} ({error}) : rien n'a été écrit. Demandez à l'administrateur de la base les droits INSERT, UPDATE et DELETE sur les tables ZOAST, ou utilisez un serveur en lecture-écriture.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/backends.py" line="437" />
        <source>{target} is busy: another user or program is writing the ZOAST tables ({error}). Nothing was written; save again in a moment.</source>
        <translation>{target} est occupé : un autre utilisateur ou programme écrit dans les tables ZOAST ({error}). Rien n'a été écrit ; enregistrez à nouveau dans un instant.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/backends.py" line="449" />
        <source>{target}: the database reports an error ({error}). Nothing was written.</source>
        <translation>{target} : la base de données signale une erreur ({error}). Rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/storage/backends.py" line="461" />
        <source>A ZOAST store is a GeoPackage or a PostgreSQL database, not '{provider}'.</source>
        <translation>Une base de conventions ZOAST est un GeoPackage ou une base PostgreSQL, pas '{provider}'.</translation>
    </message>
</context>
<context>
    <name>AplAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/accessibility.py" line="417" />
        <source>French APL (local potential accessibility)</source>
        <translation>APL française (accessibilité potentielle localisée)</translation>
    </message>
</context>
<context>
    <name>CareEditor</name>
    <message>
        <location filename="../zoast_plugin/gui/agreement_form.py" line="89" />
        <source>Other care (codes separated by ;)</source>
        <translation>Autres soins (codes séparés par ;)</translation>
    </message>
</context>
<context>
    <name>ComplementaritiesAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/complementarities.py" line="36" />
        <source>Cross-border complementarities (ZOAST extension proposals)</source>
        <translation>Complémentarités transfrontalières (propositions d'extension de ZOAST)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/complementarities.py" line="43" />
        <source>Units from this severity</source>
        <translation>Unités à partir de cette sévérité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/complementarities.py" line="52" />
        <source>Complementarity proposals</source>
        <translation>Propositions de complémentarité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/complementarities.py" line="63" />
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/complementarities.py" line="63" />
        <source>Features skipped (no geometry)</source>
        <translation>Entités écartées (sans géométrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/complementarities.py" line="73" />
        <source>Reading the layers…</source>
        <translation>Lecture des couches…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/complementarities.py" line="88" />
        <source>Proposals are about ZOAST agreements: supply is compared inside the agreements whatever the border mode.</source>
        <translation>Les propositions portent sur les conventions ZOAST : l'offre est comparée dans les conventions quel que soit le mode frontière.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/complementarities.py" line="90" />
        <source>Travel costs…</source>
        <translation>Calcul des temps de trajet…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/complementarities.py" line="92" />
        <source>Evaluating the proposals…</source>
        <translation>Évaluation des propositions…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/complementarities.py" line="43" />
        <source>On the analytical class (the accessibility with the ZOAST as they are): 1: every unit in shortage (ZIP, ZAC, Walloon shortage, Flemish priority zone); 2: severe only (ZIP, Walloon severe shortage).</source>
        <translation>Sur la classe analytique (l'accessibilité avec les ZOAST telles qu'elles sont) : 1 : toute unité en carence (ZIP, ZAC, pénurie wallonne, zone prioritaire flamande) ; 2 : carences sévères seulement (ZIP, pénurie sévère wallonne).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/complementarities.py" line="52" />
        <source>One row per proposal, ranked within each agreement: code (the ZOAST to extend, or NEW:&lt;unit&gt; for a new agreement), rank, unit_id, supply_points and capacity across the border it would open, nearest_minutes, class_official and its label (the unit's official class, which no agreement changes), then the analytical results: an_class_before/after and their labels, an_access_before/after, an_access_gain, an_shortfall_unit_change and an_shortfall_total_change (FTE, every unit: newcomers also compete).</source>
        <translation>Une ligne par proposition, classée dans chaque convention : code (la ZOAST à étendre, ou NEW:&lt;unité&gt; pour une nouvelle convention), rank, unit_id, supply_points et capacity de l'autre versant qu'elle ouvrirait, nearest_minutes, class_official et son libellé (la classe officielle de l'unité, qu'aucune convention ne change), puis les résultats analytiques : an_class_before/after et leurs libellés, an_access_before/after, an_access_gain, an_shortfall_unit_change et an_shortfall_total_change (ETP, toutes les unités : les nouveaux venus sont aussi en concurrence).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/complementarities.py" line="63" />
        <source>Units in shortage (analytical class)</source>
        <translation>Unités en carence (classe analytique)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/complementarities.py" line="63" />
        <source>Units in shortage (analytical class) with unused supply across the border</source>
        <translation>Unités en carence (classe analytique) avec une offre inutilisée de l'autre versant</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/complementarities.py" line="103" />
        <source>{units} unit(s) in shortage (analytical class), {unused} with unused supply across the border: {count} proposal(s). The gains are analytical: an agreement changes the accessibility, not the official classes.</source>
        <translation>{units} unité(s) en carence (classe analytique), {unused} avec une offre inutilisée de l'autre versant : {count} proposition(s). Les gains sont analytiques : une convention change l'accessibilité, pas les classes officielles.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="37" />
        <source>Edits that conflict with another user's</source>
        <translation>Modifications en conflit avec celles d'un autre utilisateur</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="39" />
        <source>Another user saved changes to the same agreements since you opened the store. For each line, choose the value to keep. Your other edits and theirs are kept; nothing is saved until you confirm.</source>
        <translation>Un autre utilisateur a enregistré des modifications des mêmes conventions depuis que vous avez ouvert la base. Pour chaque ligne, choisissez la valeur à garder. Vos autres modifications et les siennes sont conservées ; rien n'est enregistré avant votre confirmation.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="47" />
        <source>Agreement</source>
        <translation>Convention</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="47" />
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="47" />
        <source>Original</source>
        <translation>Valeur d'origine</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="47" />
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="47" />
        <source>Other user's</source>
        <translation>Celle de l'autre utilisateur</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="47" />
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="67" />
        <source>Delete it</source>
        <translation>La supprimer</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="66" />
        <source>Keep my version</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="67" />
        <source>Keep their version</source>
        <translation>Garder sa version</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="73" />
        <source>Keep the original</source>
        <translation>Revenir à l'origine</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="71" />
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="72" />
        <source>Keep theirs</source>
        <translation>Garder la sienne</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="79" />
        <source>Save with these choices</source>
        <translation>Enregistrer avec ces choix</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="93" />
        <source>The whole agreement and its members</source>
        <translation>Toute la convention et ses membres</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="97" />
        <source>Member {member}</source>
        <translation>Membre {member}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="98" />
        <source>Member {member}: {field}</source>
        <translation>Membre {member} : {field}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="104" />
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="112" />
        <source>as it was</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="110" />
        <source>{count} member(s)</source>
        <translation>{count} membre(s)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="113" />
        <source>changed: {fields}</source>
        <translation>modifiée : {fields}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/conflict_dialog.py" line="115" />
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>CostMatrixAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="30" />
        <source>Travel cost matrix (units → supply)</source>
        <translation>Matrice des coûts de trajet (unités → offre)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="35" />
        <source>Draw a line for each pair</source>
        <translation>Tracer une ligne pour chaque couple</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="35" />
        <source>Write each pair as a straight line from the unit to the supply point (larger output).</source>
        <translation>Écrire chaque couple sous forme de ligne droite de l'unité au point d'offre (sortie plus volumineuse).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="40" />
        <source>Travel costs</source>
        <translation>Coûts de trajet</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="40" />
        <source>One row per unit–supply pair within the cut-off: origin_id, dest_id, cost (minutes).</source>
        <translation>Une ligne par couple unité–offre dont le temps de trajet ne dépasse pas le seuil : origin_id, dest_id, cost (minutes).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="45" />
        <source>Number of pairs</source>
        <translation>Nombre de couples</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="55" />
        <source>Reading the layers…</source>
        <translation>Lecture des couches…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="55" />
        <source>Territorial units</source>
        <translation>Unités territoriales</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="59" />
        <source>Supply points</source>
        <translation>Points d'offre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="72" />
        <source>Computing and writing travel costs…</source>
        <translation>Calcul et écriture des coûts de trajet…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/costmatrix.py" line="82" />
        <source>{count} pairs written.</source>
        <translation>{count} couples écrits.</translation>
    </message>
</context>
<context>
    <name>DelineateBasinsAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="67" />
        <source>Delineate health basins</source>
        <translation>Délimiter les bassins de soins</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="73" />
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="73" />
        <source>Dartmouth plurality (patient flows)</source>
        <translation>Dartmouth, majorité relative (flux de patients)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="73" />
        <source>Modularity, constrained Louvain (patient flows)</source>
        <translation>Modularité, Louvain sous contrainte (flux de patients)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="73" />
        <source>Proximity: nearest hub</source>
        <translation>Proximité : pôle le plus proche</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="73" />
        <source>Proximity: Huff probabilities</source>
        <translation>Proximité : probabilités de Huff</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="73" />
        <source>Dartmouth: each unit joins the destination receiving most of its patients, then basins are made contiguous and weak ones merged. Louvain: basins maximising the modularity of the flows, a unit joining only a basin it touches. Proximity (no flows needed): each unit joins its nearest hub, or the hub of highest Huff probability.</source>
        <translation>Dartmouth : chaque unité rejoint la destination qui reçoit le plus de ses patients, puis les bassins sont rendus contigus et les bassins trop faibles fusionnés. Louvain : bassins maximisant la modularité des flux, une unité ne pouvant rejoindre qu'un bassin qu'elle touche. Proximité (sans flux) : chaque unité rejoint son pôle le plus proche, ou le pôle de plus forte probabilité de Huff.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="89" />
        <source>Compute the mean travel time of the flows</source>
        <translation>Calculer le temps de trajet moyen des flux</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="89" />
        <source>With flows: travel times between units (cost table of unit ids, road network or straight lines, within the cut-off) give each basin's flow-weighted mean travel time. Untick to save time on very large regions.</source>
        <translation>Avec des flux : les temps de trajet entre unités (table de coûts par identifiant d'unité, réseau routier ou lignes droites, en deçà du temps de trajet maximal) donnent le temps de trajet moyen pondéré par les flux de chaque bassin. Décocher pour gagner du temps sur les très grandes régions.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="98" />
        <source>Basins may cross the border</source>
        <translation>Les bassins peuvent franchir la frontière</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="112" />
        <source>Adjacency tolerance (metres)</source>
        <translation>Tolérance de contiguïté (mètres)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="112" />
        <source>Units whose polygons come within this distance touch (bridges digitising gaps along the border between two national layers).</source>
        <translation>Les unités dont les polygones sont à moins de cette distance sont considérées comme contiguës (comble les défauts de numérisation le long de la frontière entre deux couches nationales).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="120" />
        <source>Units with their basin</source>
        <translation>Unités avec leur bassin</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="131" />
        <source>Health basins</source>
        <translation>Bassins de soins</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Number of basins</source>
        <translation>Nombre de bassins</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Unit geometries repaired</source>
        <translation>Géométries d'unités réparées</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Units in no basin</source>
        <translation>Unités hors bassin</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Units skipped (no geometry)</source>
        <translation>Unités ignorées (sans géométrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="165" />
        <source>Territorial units (communes)</source>
        <translation>Unités territoriales (communes)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="165" />
        <source>Communes or municipalities on both sides of the border, as polygons. Invalid polygons are repaired for the analysis (and counted).</source>
        <translation>Communes des deux côtés de la frontière, sous forme de polygones. Les polygones invalides sont réparés pour l'analyse (et comptés).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="172" />
        <source>Unique id of each unit, e.g. FR:59350 or BE:57081, as used in the flow table.</source>
        <translation>Identifiant unique de chaque unité, par ex. FR:59350 ou BE:57081, tel qu'utilisé dans la table des flux.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="174" />
        <source>Inhabitants of each unit (basin population and the minimum population rule).</source>
        <translation>Habitants de chaque unité (population du bassin et règle de population minimale).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="176" />
        <source>Country field</source>
        <translation>Champ du pays</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="176" />
        <source>FR or BE: needed for basins within each country and for the cross-border share of flows.</source>
        <translation>FR ou BE : nécessaire pour des bassins limités à chaque pays et pour la part transfrontalière des flux.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="179" />
        <source>Unit name field</source>
        <translation>Champ du nom de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="179" />
        <source>Optional: the name of each unit; the basins take their hub unit's name (hub_name, used as label).</source>
        <translation>Facultatif : nom de chaque unité ; les bassins prennent le nom de leur unité pôle (hub_name, utilisé comme étiquette).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="441" />
        <source>Patient flows</source>
        <translation>Flux de patients</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="193" />
        <source>Flows: origin unit id field</source>
        <translation>Flux : champ d'identifiant de l'unité d'origine</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="193" />
        <source>Field of the flow table holding the unit the patients live in.</source>
        <translation>Champ de la table des flux contenant l'unité de résidence des patients.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="195" />
        <source>Flows: destination field</source>
        <translation>Flux : champ de destination</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="195" />
        <source>Field of the flow table holding the destination unit id, or the facility id when a facilities layer is given.</source>
        <translation>Champ de la table des flux contenant l'identifiant de l'unité de destination, ou l'identifiant de l'établissement lorsqu'une couche d'établissements est fournie.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="198" />
        <source>Flows: volume field</source>
        <translation>Flux : champ de volume</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="212" />
        <source>Facilities (flow destinations)</source>
        <translation>Établissements (destinations des flux)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="212" />
        <source>Optional: when the flows go to facilities (hospitals), the table giving each facility's unit, so flows are counted at the facility's unit.</source>
        <translation>Facultatif : lorsque les flux aboutissent à des établissements (hôpitaux), table indiquant l'unité de chaque établissement, afin que les flux soient comptés dans l'unité de l'établissement.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="219" />
        <source>Facilities: id field</source>
        <translation>Établissements : champ d'identifiant</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="219" />
        <source>Facility id, as in the flow destination field.</source>
        <translation>Identifiant de l'établissement, tel qu'il figure dans le champ de destination des flux.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="221" />
        <source>Facilities: unit id field</source>
        <translation>Établissements : champ d'identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="221" />
        <source>The unit each facility lies in.</source>
        <translation>Unité dans laquelle se situe chaque établissement.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="246" />
        <source>Resolution (Louvain)</source>
        <translation>Résolution (Louvain)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="246" />
        <source>Modularity resolution: 1 is the classic modularity; larger values give more, smaller basins.</source>
        <translation>Résolution de la modularité : 1 correspond à la modularité classique ; des valeurs plus élevées donnent des bassins plus nombreux et plus petits.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="253" />
        <source>Random seed (Louvain)</source>
        <translation>Graine aléatoire (Louvain)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="271" />
        <source>Hubs (proximity methods)</source>
        <translation>Pôles (méthodes de proximité)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="279" />
        <source>Hubs: id field</source>
        <translation>Pôles : champ d'identifiant</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="279" />
        <source>Unique id of each hub.</source>
        <translation>Identifiant unique de chaque pôle.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="281" />
        <source>Hubs: unit id field</source>
        <translation>Pôles : champ d'identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="281" />
        <source>Optional: the unit each hub lies in. Without it, the unit polygon containing the hub.</source>
        <translation>Facultatif : unité dans laquelle se situe chaque pôle. En son absence, le polygone d'unité contenant le pôle.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="284" />
        <source>Hubs: capacity field (Huff)</source>
        <translation>Pôles : champ de capacité (Huff)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="284" />
        <source>Optional: attractiveness of each hub in the Huff model, e.g. beds. Without it every hub weighs 1.</source>
        <translation>Facultatif : attractivité de chaque pôle dans le modèle de Huff, par ex. les lits. En son absence, chaque pôle a un poids de 1.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="287" />
        <source>Distance decay (Huff)</source>
        <translation>Décroissance avec la distance (Huff)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="287" />
        <source>Power: cost^-beta</source>
        <translation>Puissance : cost^-beta</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="287" />
        <source>Exponential: exp(-beta·cost)</source>
        <translation>Exponentielle : exp(-beta·cost)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="287" />
        <source>How attraction falls with travel time in the Huff model.</source>
        <translation>Manière dont l'attraction diminue avec le temps de trajet dans le modèle de Huff.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="294" />
        <source>Decay parameter beta (Huff)</source>
        <translation>Paramètre de décroissance beta (Huff)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="294" />
        <source>Empty: 2 for the power decay (the classic gravity value), 0.1 per minute for the exponential decay. Calibrate it on flows when they exist.</source>
        <translation>Vide : 2 pour la décroissance en puissance (valeur gravitaire classique), 0,1 par minute pour la décroissance exponentielle. À calibrer sur les flux lorsqu'ils existent.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="300" />
        <source>Minimum cost in the power decay (minutes)</source>
        <translation>Coût minimal dans la décroissance en puissance (minutes)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="300" />
        <source>cost^-beta is infinite at 0 minutes, so smaller costs are raised to this value.</source>
        <translation>cost^-beta est infini à 0 minute : les coûts inférieurs sont donc portés à cette valeur.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="334" />
        <source>Reading the units…</source>
        <translation>Lecture des unités…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="336" />
        <source>Territorial units</source>
        <translation>Unités territoriales</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="343" />
        <source>Territorial units: {count} invalid geometries repaired for the analysis, first ids: {ids}.</source>
        <translation>Unités territoriales : {count} géométries invalides réparées pour l'analyse, premiers identifiants : {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="371" />
        <source>Dissolving the basins and computing their indicators…</source>
        <translation>Fusion des bassins et calcul de leurs indicateurs…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="385" />
        <source>Writing {count} units and {basins} basins…</source>
        <translation>Écriture de {count} unités et {basins} bassins…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="431" />
        <source>The Dartmouth and Louvain methods need a patient flow table (parameter FLOWS). Give one, or choose a proximity method.</source>
        <translation>Les méthodes Dartmouth et Louvain nécessitent une table des flux de patients (paramètre FLOWS). Indiquez-en une ou choisissez une méthode de proximité.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="440" />
        <source>Reading the flows…</source>
        <translation>Lecture des flux…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="459" />
        <source>Flows: {rows} rows, {volume} in total.</source>
        <translation>Flux : {rows} lignes, {volume} au total.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="475" />
        <source>Facilities</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="483" />
        <source>Field '{field}': {count} flow destination(s) are not facilities with a unit (fields '{id_field}', '{unit_field}' of the facilities layer), first: {ids}. Check the destination field and the facilities layer.</source>
        <translation>Champ '{field}' : {count} destination(s) de flux ne sont pas des établissements rattachés à une unité (champs '{id_field}', '{unit_field}' de la couche des établissements), premières : {ids}. Vérifiez le champ de destination et la couche des établissements.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="356" />
        <source>Finding which units touch…</source>
        <translation>Recherche des unités contiguës…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="496" />
        <source>Delineating the basins…</source>
        <translation>Délimitation des bassins…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="512" />
        <source>The proximity methods need a hubs layer (parameter HUBS), e.g. the hospitals.</source>
        <translation>Les méthodes de proximité nécessitent une couche de pôles (paramètre HUBS), par ex. les hôpitaux.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="517" />
        <source>Hubs</source>
        <translation>Pôles</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="529" />
        <source>{count} hub(s) lie in no unit, first: {ids}. Their basins have no hub unit and, within each country, no country.</source>
        <translation>{count} pôle(s) ne se situent dans aucune unité, premiers : {ids}. Leurs bassins n'ont pas d'unité pôle et, en mode limité à chaque pays, pas de pays.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="532" />
        <source>Computing travel costs to the hubs…</source>
        <translation>Calcul des coûts de trajet vers les pôles…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="552" />
        <source>The cost table goes to the hubs, not between units: no mean travel time.</source>
        <translation>La table de coûts porte sur les trajets vers les pôles, et non entre unités : pas de temps de trajet moyen.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="554" />
        <source>Computing travel times between units…</source>
        <translation>Calcul des temps de trajet entre unités…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="522" />
        <source>Hubs: the layer has no usable point ({skipped} feature(s) without geometry). Choose a hubs layer with points, e.g. the hospitals.</source>
        <translation>Pôles : la couche n'a aucun point utilisable ({skipped} entité(s) sans géométrie). Choisissez une couche de pôles avec des points, par exemple les hôpitaux.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="98" />
        <source>Unticked: flows, contiguity and hubs across countries (country field) are ignored, so each basin lies in one country; li, msi, volume, failing and MODULARITY are then on the flows within each country, li_all_flows and msi_all_flows on all flows.</source>
        <translation>Décoché : les flux, la contiguïté et les pôles d'un pays à l'autre (champ pays) sont ignorés, chaque bassin reste donc dans un pays ; li, msi, volume, failing et MODULARITY portent alors sur les flux internes à chaque pays, li_all_flows et msi_all_flows sur tous les flux.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="105" />
        <source>Make proximity basins contiguous</source>
        <translation>Rendre contigus les bassins de proximité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="105" />
        <source>Proximity methods: the nearest hub or the Huff model may give a basin in several pieces (counted in n_pieces). Ticked, each piece cut off from its hub's unit joins the touching basin whose hub it prefers. The flow methods always make their basins contiguous (islands aside).</source>
        <translation>Méthodes de proximité : le pôle le plus proche ou le modèle de Huff peuvent donner un bassin en plusieurs morceaux (comptés dans n_pieces). Coché, chaque morceau coupé de la commune de son pôle rejoint le bassin contigu dont il préfère le pôle. Les méthodes par flux rendent toujours leurs bassins contigus (îles mises à part).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="120" />
        <source>The units with their attributes and basin_id (1 … number of basins, empty for a unit in no basin), hub_unit_id, hub_id (proximity: the hub's id), hub_probability (proximity: the Huff probability of the chosen hub, 1 for nearest), and the audit: plurality_dest_id and plurality_share (the unit receiving most of its flows, and that share), assignment (how it got its basin: plurality, hub, community, contiguity, no_flows_neighbours, no_flows_nearest, island, nearest_hub, huff, unreachable) and merged_from (hub unit of the basin it was in before that basin was merged).</source>
        <translation>Les unités avec leurs attributs et basin_id (1 … nombre de bassins, vide pour une unité hors de tout bassin), hub_unit_id, hub_id (proximité : l'identifiant du pôle), hub_probability (proximité : la probabilité de Huff du pôle choisi, 1 pour le plus proche), et la trace : plurality_dest_id et plurality_share (l'unité qui reçoit la plus grande part de ses flux, et cette part), assignment (comment elle a reçu son bassin : plurality, hub, community, contiguity, no_flows_neighbours, no_flows_nearest, island, nearest_hub, huff, unreachable) et merged_from (unité pôle du bassin où elle était avant que ce bassin fusionne).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="131" />
        <source>One dissolved polygon per basin (analysis CRS) with basin_id, hub_unit_id, hub_name, hub_id, population, n_units, volume (flows of its residents), li (localization index), msi (market share index), li_all_flows and msi_all_flows (on all flows, when the border is closed), cross_border_share, compactness (perimeter / (3.54·√area), 1 for a disc), mean_travel_time (minutes), travel_time_coverage, n_pieces, hub_in_basin, failing (li under MIN_LI, population under MIN_POPULATION or volume under MIN_VOLUME) and failing_reason.</source>
        <translation>Un polygone fusionné par bassin (SCR d'analyse) avec basin_id, hub_unit_id, hub_name, hub_id, population, n_units, volume (flux de ses habitants), li (indice de localisation), msi (indice de part de marché), li_all_flows et msi_all_flows (sur tous les flux, quand la frontière est fermée), cross_border_share, compactness (périmètre / (3,54·√surface), 1 pour un disque), mean_travel_time (minutes), travel_time_coverage, n_pieces, hub_in_basin, failing (li sous MIN_LI, population sous MIN_POPULATION ou volume sous MIN_VOLUME) et failing_reason.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Basins under the minimum LI, population or flow volume</source>
        <translation>Bassins sous le LI, la population ou le volume de flux minimal</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Modularity of the basins on the judged flows</source>
        <translation>Modularité des bassins sur les flux jugés</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Modularity of the basins on all flows</source>
        <translation>Modularité des bassins sur tous les flux</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Flow rows left out by the care-type filter</source>
        <translation>Lignes de flux écartées par le filtre de types de soins</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Units without flows given a basin</source>
        <translation>Unités sans flux placées dans un bassin</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Units reattached for contiguity</source>
        <translation>Unités rattachées pour la contiguïté</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Island units kept in the basin of their flows</source>
        <translation>Unités îles gardées dans le bassin de leurs flux</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Basins merged for failing a minimum</source>
        <translation>Bassins fusionnés faute d'atteindre un minimum</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Units whose basin was merged</source>
        <translation>Unités dont le bassin a fusionné</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Basins in several pieces</source>
        <translation>Bassins en plusieurs morceaux</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Basins whose hub's unit lies in another basin</source>
        <translation>Bassins dont la commune du pôle est dans un autre bassin</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Louvain: seed kept</source>
        <translation>Louvain : graine retenue</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Louvain: lowest modularity of the tries</source>
        <translation>Louvain : modularité la plus basse des essais</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="142" />
        <source>Louvain: highest modularity of the tries</source>
        <translation>Louvain : modularité la plus haute des essais</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="184" />
        <source>One row per origin unit → destination with a number of patients (or stays). Needed by the Dartmouth and Louvain methods (the default method); optional with the proximity methods, which then use it for the indicators only. Default: the project's layer named patient_flows, when there is one (the sample's).</source>
        <translation>Une ligne par unité d'origine → destination avec un nombre de patients (ou de séjours). Nécessaire aux méthodes Dartmouth et Louvain (la méthode par défaut) ; facultative avec les méthodes de proximité, qui ne s'en servent alors que pour les indicateurs. Par défaut : la couche du projet nommée patient_flows, s'il y en a une (celle de l'échantillon).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="198" />
        <source>Number of patients (or stays) of each flow row; rows of one pair are added. MIN_VOLUME counts in this unit: choose stays to follow HSAr.</source>
        <translation>Nombre de patients (ou de séjours) de chaque ligne de flux ; les lignes d'un même couple sont additionnées. MIN_VOLUME se compte dans cette unité : choisissez les séjours pour suivre HSAr.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="202" />
        <source>Flows: care type field</source>
        <translation>Flux : champ du type de soins</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="202" />
        <source>Field of the flow table holding the care type (e.g. hospital_stay, day_case, ambulatory); read only when CARE_TYPES is set.</source>
        <translation>Champ de la table des flux qui contient le type de soins (par ex. hospital_stay, day_case, ambulatory) ; lu seulement quand CARE_TYPES est renseigné.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="205" />
        <source>Care types to keep (empty: all)</source>
        <translation>Types de soins à garder (vide : tous)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="205" />
        <source>Only the flow rows of these care types, separated by ';' (e.g. hospital_stay). Empty: every row, all care types added. The Dartmouth Hospital Service Areas and HSAr use hospital stays; consultations give other, smaller basins. Rows left out are counted.</source>
        <translation>Seulement les lignes de flux de ces types de soins, séparés par « ; » (par ex. hospital_stay). Vide : toutes les lignes, tous types de soins additionnés. Les Hospital Service Areas de Dartmouth et HSAr utilisent les séjours hospitaliers ; les consultations donnent d'autres bassins, plus petits. Les lignes écartées sont comptées.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="223" />
        <source>Minimum localization index (flow methods)</source>
        <translation>Indice de localisation minimal (méthodes par flux)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="223" />
        <source>Share of the residents' flows that stay in their basin (li); Dartmouth and Louvain basins below it merge into the neighbour they send most to; proximity basins below it are flagged failing. 0.4 after Haynes et al. 2020 (HSAr).</source>
        <translation>Part des flux des habitants qui reste dans leur bassin (li) ; les bassins Dartmouth et Louvain en dessous fusionnent avec le voisin vers lequel ils envoient le plus ; les bassins de proximité en dessous sont signalés (failing). 0,4 d'après Haynes et al. 2020 (HSAr).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="231" />
        <source>Minimum basin population (inhabitants)</source>
        <translation>Population minimale d'un bassin (habitants)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="231" />
        <source>Basins with fewer inhabitants merge into a neighbour (flow methods) or are flagged failing. 0: no size rule on inhabitants (no source fixes one; set it for the care level studied).</source>
        <translation>Les bassins de moins d'habitants fusionnent avec un voisin (méthodes par flux) ou sont signalés (failing). 0 : pas de règle de taille en habitants (aucune source n'en fixe ; réglez-la pour le niveau de soins étudié).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="238" />
        <source>Minimum basin size in flows (stays or patients)</source>
        <translation>Taille minimale d'un bassin en flux (séjours ou patients)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="238" />
        <source>Basins whose residents have fewer flows (in the volume field's unit) merge into a neighbour (flow methods) or are flagged failing. 10 after Haynes et al. 2020 (HSAr: at least 10 stays); 0: no size rule on flows.</source>
        <translation>Les bassins dont les habitants ont moins de flux (dans l'unité du champ de volume) fusionnent avec un voisin (méthodes par flux) ou sont signalés (failing). 10 d'après Haynes et al. 2020 (HSAr : au moins 10 séjours) ; 0 : pas de règle de taille en flux.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="253" />
        <source>Seed of the order in which Louvain visits the units: the same seed gives the same basins. With several tries, the seeds SEED, SEED + 1, … are tried.</source>
        <translation>Graine de l'ordre dans lequel Louvain visite les unités : la même graine donne les mêmes bassins. Avec plusieurs essais, les graines SEED, SEED + 1… sont essayées.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="261" />
        <source>Number of Louvain tries</source>
        <translation>Nombre d'essais de Louvain</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="261" />
        <source>Louvain's result depends on the order it visits the units: it is run this many times with successive seeds and the basins of highest modularity are kept. The seed kept and the lowest and highest modularity are reported.</source>
        <translation>Le résultat de Louvain dépend de l'ordre de visite des unités : il est lancé ce nombre de fois avec des graines successives et les bassins de plus forte modularité sont gardés. La graine retenue et les modularités la plus basse et la plus haute sont données.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="271" />
        <source>Hospitals or other care hubs, as points: one basin per hub chosen by some unit. Needed by the proximity methods, unused by the flow methods. Default: the project's layer named hospitals, when there is one (the sample's).</source>
        <translation>Hôpitaux ou autres pôles de soins, en points : un bassin par pôle choisi par au moins une unité. Nécessaires aux méthodes de proximité, inutilisés par les méthodes par flux. Par défaut : la couche du projet nommée hospitals, s'il y en a une (celle de l'échantillon).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="351" />
        <source>Basins within each country need the units' country field (parameter UNIT_COUNTRY_FIELD).</source>
        <translation>Des bassins dans chaque pays demandent le champ pays des unités (paramètre UNIT_COUNTRY_FIELD).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="404" />
        <source>li, msi, volume, failing and MODULARITY are on {basis}; li_all_flows, msi_all_flows and MODULARITY_ALL_FLOWS on all flows.</source>
        <translation>li, msi, volume, failing et MODULARITY portent sur {basis} ; li_all_flows, msi_all_flows et MODULARITY_ALL_FLOWS sur tous les flux.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="404" />
        <source>all flows</source>
        <translation>tous les flux</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="404" />
        <source>the flows within each country</source>
        <translation>les flux internes à chaque pays</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="407" />
        <source>Basins: {basins}, {failing} failing a minimum; modularity {q} (all flows: {q_all}).</source>
        <translation>Bassins : {basins}, dont {failing} sous un minimum ; modularité {q} (tous les flux : {q_all}).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="411" />
        <source>Units: {filled} without flows given a basin, {reattached} reattached for contiguity, {islands} islands kept in the basin of their flows; {merges} basins merged ({merged} units); {pieces} basins in several pieces; {outside} basins whose hub's unit lies in another basin.</source>
        <translation>Unités : {filled} sans flux placées dans un bassin, {reattached} rattachées pour la contiguïté, {islands} îles gardées dans le bassin de leurs flux ; {merges} bassins fusionnés ({merged} unités) ; {pieces} bassins en plusieurs morceaux ; {outside} bassins dont la commune du pôle est dans un autre bassin.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="419" />
        <source>Louvain: {tries} tries (seeds {first} to {last}); seed {seed} kept, modularity {best}; the tries range from {low} to {high}.</source>
        <translation>Louvain : {tries} essais (graines {first} à {last}) ; graine {seed} retenue, modularité {best} ; les essais vont de {low} à {high}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="450" />
        <source>Care types {types}: {kept} flow rows kept, {left} left out.</source>
        <translation>Types de soins {types} : {kept} lignes de flux gardées, {left} écartées.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/delineatebasins.py" line="462" />
        <source>Patient flows: {rows} row(s), {volume} in total in field '{field}': the Dartmouth and Louvain methods need flows. Check the table (empty, or an empty selection or filter), CARE_TYPES and the volume field.</source>
        <translation>Flux de patients : {rows} ligne(s), {volume} au total dans le champ '{field}' : les méthodes Dartmouth et Louvain ont besoin de flux. Vérifiez la table (vide, ou une sélection ou un filtre vide), CARE_TYPES et le champ de volume.</translation>
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
        <location filename="../zoast_plugin/processing/models.py" line="75" />
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
        <translation>La table zoast_members : zoast_code et unit_id.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="58" />
        <source>ZOAST member establishments</source>
        <translation>Établissements membres des conventions ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="58" />
        <source>The zoast_establishments table: zoast_code and supply_id.</source>
        <translation>La table zoast_establishments : zoast_code et supply_id.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="148" />
        <source>Cross-border health diagnosis (whole chain)</source>
        <translation>Diagnostic de santé transfrontalier (chaîne complète)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="67" />
        <source>Health basins (Dartmouth plurality)</source>
        <translation>Bassins de soins (Dartmouth, majorité relative)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="68" />
        <source>Needs (age-weighted population)</source>
        <translation>Besoins (population pondérée par l'âge)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="69" />
        <source>Each country's own measure, with the ZOAST ({field})</source>
        <translation>Mesure propre à chaque pays, avec la ZOAST ({field})</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="71" />
        <source>Each country's own measure, national supply only ({field})</source>
        <translation>Mesure propre à chaque pays, offre nationale seule ({field})</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="95" />
        <source>Gaps by each country's rule</source>
        <translation>Carences selon la règle de chaque pays</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="74" />
        <source>Care supply inventory</source>
        <translation>Inventaire de l'offre de soins</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="100" />
        <source>ZOAST perimeters</source>
        <translation>Périmètres ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="77" />
        <source>Extension and merger candidates</source>
        <translation>Candidats à l'extension et à la fusion</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="79" />
        <source>GPs (FTE) per 100,000 inhabitants, national supply only</source>
        <translation>Généralistes (ETP) pour 100 000 habitants, offre nationale seule</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="79" />
        <source>GPs (FTE) per 100,000 inhabitants, with the ZOAST</source>
        <translation>Généralistes (ETP) pour 100 000 habitants, avec la ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="79" />
        <source>French APL, national supply only</source>
        <translation>APL française, offre nationale seule</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="79" />
        <source>French APL, with the ZOAST</source>
        <translation>APL française, avec la ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="87" />
        <source>Keep the result as {field}</source>
        <translation>Garder le résultat sous le nom {field}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="89" />
        <source>Drop n_supply (after {field})</source>
        <translation>Retirer n_supply (après {field})</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="94" />
        <source>Health basins</source>
        <translation>Bassins de soins</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="96" />
        <source>Deficiencies per basin</source>
        <translation>Carences par bassin</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="97" />
        <source>Care supply per unit</source>
        <translation>Offre de soins par commune</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="98" />
        <source>Cross-border patient flows</source>
        <translation>Flux de patients transfrontaliers</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="99" />
        <source>Flows per ZOAST</source>
        <translation>Flux par ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="101" />
        <source>Candidate units for extending a ZOAST</source>
        <translation>Communes candidates à l'extension d'une ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="102" />
        <source>Candidate ZOAST mergers</source>
        <translation>Fusions de ZOAST candidates</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/models.py" line="103" />
        <source>Who gains and who loses from the border</source>
        <translation>Qui gagne et qui perd avec l'offre transfrontalière</translation>
    </message>
</context>
<context>
    <name>GapsAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="82" />
        <source>Care gaps (French zoning and Belgian shortage rules)</source>
        <translation>Carences en médecins généralistes (zonage français et règles de pénurie belges)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="88" />
        <source>Brussels municipalities</source>
        <translation>Communes bruxelloises</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="88" />
        <source>No rule (class 'Brussels: no rule applied')</source>
        <translation>Aucune règle (classe 'Bruxelles : aucune règle appliquée')</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="88" />
        <source>Judge them with the Walloon rule</source>
        <translation>Les évaluer selon la règle wallonne</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="88" />
        <source>Brussels has its own scheme, not modelled here: leave its municipalities unjudged, or judge them with the Walloon FTE-per-100,000 thresholds.</source>
        <translation>Bruxelles dispose de son propre dispositif, non modélisé ici : laisser ses communes sans évaluation, ou les évaluer selon les seuils wallons en ETP pour 100 000 habitants.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="97" />
        <source>Analysis CRS (projected, metres)</source>
        <translation>SCR d'analyse (projeté, mètres)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="97" />
        <source>Areas computed from the polygons (when no area field is given) are measured in this projected CRS. ETRS89-LAEA (EPSG:3035) is equal-area and covers France and Belgium.</source>
        <translation>Les surfaces calculées à partir des polygones (en l'absence de champ de surface) sont mesurées dans ce SCR projeté. ETRS89-LAEA (EPSG:3035) est équivalent (conserve les surfaces) et couvre la France et la Belgique.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="105" />
        <source>Care gaps</source>
        <translation>Carences de soins</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="118" />
        <source>Deficiency list</source>
        <translation>Liste des carences</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="134" />
        <source>Units in severe shortage</source>
        <translation>Unités en pénurie sévère</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="134" />
        <source>Units in shortage</source>
        <translation>Unités en pénurie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="134" />
        <source>Units without shortage</source>
        <translation>Unités sans pénurie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="134" />
        <source>Units not judged (Brussels)</source>
        <translation>Unités non évaluées (Bruxelles)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="134" />
        <source>Units whose severity the border lowers</source>
        <translation>Unités dont la frontière réduit la sévérité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="134" />
        <source>Units whose severity the border raises</source>
        <translation>Unités dont la frontière accroît la sévérité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="134" />
        <source>Units skipped (no geometry)</source>
        <translation>Unités ignorées (sans géométrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="154" />
        <source>Territorial units (communes)</source>
        <translation>Unités territoriales (communes)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="154" />
        <source>Communes or municipalities on both sides of the border, as polygons (or points with an area field), with their accessibility and population.</source>
        <translation>Communes des deux côtés de la frontière, sous forme de polygones (ou de points avec un champ de surface), avec leur accessibilité et leur population.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="160" />
        <source>Unique id of each unit, e.g. FR:59350 or BE:57081. Belgian ids carry the REFNIS code the region is read from.</source>
        <translation>Identifiant unique de chaque unité, par ex. FR:59350 ou BE:57081. Les identifiants belges contiennent le code REFNIS dont est déduite la région.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="163" />
        <source>Accessibility field</source>
        <translation>Champ d'accessibilité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="171" />
        <source>National-only accessibility field</source>
        <translation>Champ d'accessibilité nationale seule</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="188" />
        <source>Country field</source>
        <translation>Champ du pays</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="188" />
        <source>FR or BE. Leave empty to read the country from the id prefix (FR:…, BE:…).</source>
        <translation>FR ou BE. Laisser vide pour déduire le pays du préfixe de l'identifiant (FR:…, BE:…).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="193" />
        <source>Inhabitants of each unit.</source>
        <translation>Habitants de chaque unité.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="194" />
        <source>Standardised population field</source>
        <translation>Champ de population standardisée</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="200" />
        <source>Area field (km²)</source>
        <translation>Champ de surface (km²)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="200" />
        <source>Optional: area of each unit in km², for the Flemish density rule. Without it the area is computed from the polygons in the analysis CRS (field area_km2).</source>
        <translation>Facultatif : surface de chaque unité en km², pour la règle flamande de densité. En son absence, la surface est calculée à partir des polygones dans le SCR d'analyse (champ area_km2).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="206" />
        <source>Belgian region field</source>
        <translation>Champ de la région belge</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="206" />
        <source>Optional: FL, WAL or BXL for Belgian units; where empty, the region is read from the REFNIS code.</source>
        <translation>Facultatif : FL, WAL ou BXL pour les unités belges ; lorsqu'il est vide, la région est déduite du code REFNIS.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="212" />
        <source>REFNIS code field</source>
        <translation>Champ du code REFNIS</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="212" />
        <source>Optional: the 5-digit REFNIS (NIS) code of Belgian units. Without it the code is read from the id (BE:57081).</source>
        <translation>Facultatif : code REFNIS (INS) à 5 chiffres des unités belges. En son absence, le code est lu dans l'identifiant (BE:57081).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="218" />
        <source>Territoire de vie-santé field (TVS rule)</source>
        <translation>Champ du territoire de vie-santé (règle TVS)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="231" />
        <source>Summary group field</source>
        <translation>Champ de regroupement du récapitulatif</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="231" />
        <source>Optional: group the deficiency list by this field as well, e.g. a basin or ZOAST code.</source>
        <translation>Facultatif : regrouper également la liste des carences selon ce champ, par ex. un code de bassin ou de ZOAST.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="258" />
        <source>Wallonia: FTE GPs per 100,000 below this → severe shortage. Impulseo: 50.</source>
        <translation>Wallonie : en dessous de ce nombre de médecins généralistes en ETP pour 100 000 habitants → pénurie sévère. Impulseo : 50.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="258" />
        <source>Wallonia: from this many FTE GPs per 100,000 → no shortage. Impulseo: 90.</source>
        <translation>Wallonie : à partir de ce nombre de médecins généralistes en ETP pour 100 000 habitants → pas de pénurie. Impulseo : 90.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="272" />
        <source>France: ZIP below (APL)</source>
        <translation>France : ZIP en dessous de (APL)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="272" />
        <source>France: ZAC up to (APL)</source>
        <translation>France : ZAC jusqu'à (APL)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="272" />
        <source>Wallonia: severe shortage below (per 100,000)</source>
        <translation>Wallonie : pénurie sévère en dessous de (pour 100 000)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="272" />
        <source>Wallonia: no shortage from (per 100,000)</source>
        <translation>Wallonie : pas de pénurie à partir de (pour 100 000)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="272" />
        <source>Flanders: priority zone below (per 100,000)</source>
        <translation>Flandre : zone prioritaire en dessous de (pour 100 000)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="272" />
        <source>Flanders: low density below (inhabitants/km²)</source>
        <translation>Flandre : faible densité en dessous de (habitants/km²)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="272" />
        <source>Flanders: low-density priority zone below (per 100,000)</source>
        <translation>Flandre : zone prioritaire peu dense en dessous de (pour 100 000)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="272" />
        <source>France: activity of one FTE GP (acts per year)</source>
        <translation>France : activité d'un médecin généraliste en ETP (actes par an)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="289" />
        <source>Scale of French accessibility</source>
        <translation>Facteur d'échelle de l'accessibilité française</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="296" />
        <source>Scale of Belgian accessibility</source>
        <translation>Facteur d'échelle de l'accessibilité belge</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="365" />
        <source>Reading the units…</source>
        <translation>Lecture des unités…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="371" />
        <source>Territorial units</source>
        <translation>Unités territoriales</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="380" />
        <source>No area field given: areas computed from the polygons in {crs}.</source>
        <translation>Aucun champ de surface indiqué : surfaces calculées à partir des polygones dans {crs}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="387" />
        <source>Classifying the units…</source>
        <translation>Classement des unités…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="408" />
        <source>All units</source>
        <translation>Toutes les unités</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="433" />
        <source>Writing {count} units…</source>
        <translation>Écriture de {count} unités…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="105" />
        <source>The units with their attributes and the official classes: country, region, rule, rule_label, gap_class, gap_label, severity (2 severe, 1 shortage, 0 none, -1 not judged), indicator_unit (the unit's own official indicator), indicator (the value judged: the TVS mean in France), indicator_kind, tvs, need, gp_fte_in_unit, gp_under_65_in_unit, threshold, shortfall_fte, shortfall_unit (FTE_EQUIVALENT in France, FTE in Wallonia, GP in Flanders), common_score. Then the analytical classes on the accessibility: an_access, an_class, an_severity, an_shortfall_fte; with a national-only accessibility also an_access_national, an_class_national, an_severity_national, an_shortfall_fte_national, border_gain, class_changed, severity_change, zoast_member.</source>
        <translation>Les unités avec leurs attributs et les classes officielles : country, region, rule, rule_label, gap_class, gap_label, severity (2 grave, 1 carence, 0 aucune, -1 non évaluée), indicator_unit (l'indicateur officiel propre à l'unité), indicator (la valeur évaluée : la moyenne du TVS en France), indicator_kind, tvs, need, gp_fte_in_unit, gp_under_65_in_unit, threshold, shortfall_fte, shortfall_unit (FTE_EQUIVALENT en France, FTE en Wallonie, GP en Flandre), common_score. Puis les classes analytiques sur l'accessibilité : an_access, an_class, an_severity, an_shortfall_fte ; avec une accessibilité nationale, aussi an_access_national, an_class_national, an_severity_national, an_shortfall_fte_national, border_gain, class_changed, severity_change, zoast_member.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="118" />
        <source>Units, population and shortfall per group, country and official class, most severe first, with a total row ALL per country (shortfalls are never added across countries).</source>
        <translation>Unités, population et déficit par groupe, pays et classe officielle, les plus graves d'abord, avec une ligne de total ALL par pays (les déficits ne sont jamais additionnés d'un pays à l'autre).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="125" />
        <source>Who gains and who loses from the border</source>
        <translation>Qui gagne et qui perd avec la frontière</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="125" />
        <source>With a national-only accessibility: per country and ZOAST membership (1 member, 0 not, ALL), the units, population, mean access without and with the border, the units and inhabitants gaining and losing, and the analytical shortfall without and with the border — each country in its own unit (APL and FTE-equivalents in France, FTE per 100,000 and FTE in Belgium).</source>
        <translation>Avec une accessibilité nationale : par pays et appartenance à une ZOAST (1 membre, 0 non, ALL), les unités, la population, l'accessibilité moyenne sans et avec la frontière, les unités et les habitants qui gagnent et qui perdent, et le déficit analytique sans et avec la frontière — chaque pays dans sa propre unité (APL et équivalents ETP en France, ETP pour 100 000 et ETP en Belgique).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="134" />
        <source>Official shortfall, all countries (FTE, GPs and French FTE-equivalents)</source>
        <translation>Déficit officiel, tous pays (ETP, médecins et équivalents ETP français)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="134" />
        <source>Official shortfall in France (FTE-equivalents)</source>
        <translation>Déficit officiel en France (équivalents ETP)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="134" />
        <source>Official shortfall in Wallonia (FTE)</source>
        <translation>Déficit officiel en Wallonie (ETP)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="134" />
        <source>Official shortfall in Flanders (GPs under 65)</source>
        <translation>Déficit officiel en Flandre (médecins de moins de 65 ans)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="134" />
        <source>Analytical shortfall with the border (FTE and FTE-equivalents)</source>
        <translation>Déficit analytique avec la frontière (ETP et équivalents ETP)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="134" />
        <source>Analytical shortfall with national supply only (FTE and FTE-equivalents)</source>
        <translation>Déficit analytique avec l'offre nationale seule (ETP et équivalents ETP)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="163" />
        <source>The accessibility of each unit, as zoast:apl (France: APL) and zoast:accessibility (Belgium: FTE per 100,000) write it, with the field &lt;name&gt;_kind saying what it measures. It gives the analytical classes and, without a national-only field, the French APL of the official class. A value that does not fit its country's rule is refused, with the algorithm to run.</source>
        <translation>L'accessibilité de chaque unité, telle que l'écrivent zoast:apl (France : APL) et zoast:accessibility (Belgique : ETP pour 100 000), avec le champ &lt;nom&gt;_kind qui dit ce qu'elle mesure. Elle donne les classes analytiques et, sans champ national, l'APL française de la classe officielle. Une valeur qui ne convient pas à la règle de son pays est refusée, avec l'algorithme à lancer.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="171" />
        <source>Optional: the accessibility with national supply only (a second run with the border mode 'never'). The official French zoning reads this APL; with it the border effect is computed (border_gain, class change, who gains and who loses).</source>
        <translation>Facultatif : l'accessibilité avec l'offre nationale seule (une seconde exécution avec le mode frontière « jamais »). Le zonage officiel français lit cette APL ; avec elle, l'effet frontière est calculé (border_gain, changement de classe, qui gagne et qui perd).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="178" />
        <source>Indicator type</source>
        <translation>Type d'indicateur</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="178" />
        <source>Read it from the field &lt;accessibility field&gt;_kind</source>
        <translation>Le lire dans le champ &lt;champ d'accessibilité&gt;_kind</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="178" />
        <source>I state it: APL in France, GPs per 100,000 in Belgium</source>
        <translation>Je le déclare : APL en France, médecins pour 100 000 en Belgique</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="178" />
        <source>zoast:accessibility and zoast:apl write next to access a field access_kind (e.g. APL;border=zoast;weight=0.013). By default it is read and checked. Choose the second option only for a layer of your own whose values you know to be in those units.</source>
        <translation>zoast:accessibility et zoast:apl écrivent à côté d'access un champ access_kind (par exemple APL;border=zoast;weight=0.013). Par défaut, il est lu et vérifié. Ne choisissez la seconde option que pour une couche à vous dont vous savez que les valeurs sont dans ces unités.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="194" />
        <source>Optional: the age-standardised population (field need of zoast:needs), used to turn the French APL shortfall into FTE-equivalents. Without it the population is used.</source>
        <translation>Facultatif : la population standardisée par l'âge (champ need de zoast:needs), pour convertir le déficit d'APL français en équivalents ETP. Sans lui, la population est utilisée.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="218" />
        <source>The territoire de vie-santé (TVS) of each French commune: the French zoning judges a commune by the population-weighted mean APL of its TVS. When the layer has no such field, communes are judged on their own APL (with a warning).</source>
        <translation>Le territoire de vie-santé (TVS) de chaque commune française : le zonage français évalue une commune sur l'APL moyenne de son TVS, pondérée par la population. Si la couche n'a pas ce champ, les communes sont évaluées sur leur propre APL (avec un avertissement).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="225" />
        <source>ZOAST member field</source>
        <translation>Champ membre ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="225" />
        <source>1 for a unit in a ZOAST agreement (written by zoast:accessibility in the ZOAST mode). Splits who gains and who loses into members and non-members.</source>
        <translation>1 pour une unité membre d'une convention ZOAST (écrit par zoast:accessibility en mode ZOAST). Répartit qui gagne et qui perd entre membres et non-membres.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="238" />
        <source>GP practices (Belgian official count)</source>
        <translation>Cabinets de médecins généralistes (décompte officiel belge)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="238" />
        <source>One point per GP. The Walloon rule counts the FTE GPs located in each municipality, the Flemish rule the GPs under 65 located in it. Needed when the units include Walloon or Flemish municipalities.</source>
        <translation>Un point par médecin. La règle wallonne compte les ETP de médecins installés dans chaque commune, la règle flamande les médecins de moins de 65 ans qui y sont installés. Nécessaire quand les unités comprennent des communes wallonnes ou flamandes.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="246" />
        <source>GP full-time equivalent field</source>
        <translation>Champ équivalent temps plein du médecin</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="246" />
        <source>FTE of each GP (1 FTE = 10 half-days a week), for the Walloon rule.</source>
        <translation>ETP de chaque médecin (1 ETP = 10 demi-journées par semaine), pour la règle wallonne.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="249" />
        <source>GP aged 65 or over field</source>
        <translation>Champ médecin de 65 ans ou plus</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="249" />
        <source>True (1) for a GP aged 65 or more: the Flemish rule counts GPs under 65. Without it every GP is counted (with a warning).</source>
        <translation>Vrai (1) pour un médecin de 65 ans ou plus : la règle flamande compte les médecins de moins de 65 ans. Sans lui, chaque médecin est compté (avec un avertissement).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="253" />
        <source>GP: id of the unit where it lies</source>
        <translation>Médecin : identifiant de l'unité où il se trouve</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="253" />
        <source>Optional. Without it, each GP is placed in the unit polygon containing it.</source>
        <translation>Facultatif. Sans lui, chaque médecin est placé dans le polygone d'unité qui le contient.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="258" />
        <source>France: APL below this → potential priority intervention zone (ZIP). 2017 rule: 2.5.</source>
        <translation>France : APL sous ce seuil → zone d'intervention prioritaire (ZIP) potentielle. Règle de 2017 : 2,5.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="258" />
        <source>France: APL up to this (inclusive) → potential complementary action zone (ZAC); above → outside the zoning. 2017 rule: 4.</source>
        <translation>France : APL jusqu'à ce seuil (inclus) → zone d'action complémentaire (ZAC) potentielle ; au-delà → hors zonage. Règle de 2017 : 4.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="258" />
        <source>Flanders: GPs under 65 per 100,000 below this → priority zone. Departement Zorg: 90.</source>
        <translation>Flandre : médecins de moins de 65 ans pour 100 000 sous ce seuil → zone prioritaire. Departement Zorg : 90.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="258" />
        <source>Flanders: below this density (inhabitants/km²) a municipality is low-density. Departement Zorg: 125.</source>
        <translation>Flandre : sous cette densité (habitants/km²), une commune est peu dense. Departement Zorg : 125.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="258" />
        <source>Flanders: a low-density municipality below this many GPs under 65 per 100,000 → priority zone. Departement Zorg: 120.</source>
        <translation>Flandre : une commune peu dense sous ce nombre de médecins de moins de 65 ans pour 100 000 → zone prioritaire. Departement Zorg : 120.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="258" />
        <source>France: consultations and visits per year of one full-time GP, to turn an APL shortfall into FTE-equivalents. Illustrative default: 4,500.</source>
        <translation>France : consultations et visites par an d'un médecin à temps plein, pour convertir un déficit d'APL en équivalents ETP. Valeur illustrative par défaut : 4 500.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="289" />
        <source>French accessibility is multiplied by this (1 for the APL of zoast:apl).</source>
        <translation>L'accessibilité française est multipliée par ce facteur (1 pour l'APL de zoast:apl).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="296" />
        <source>Belgian accessibility is multiplied by this (1 for FTE per 100,000; FTE per inhabitant is converted from its kind).</source>
        <translation>L'accessibilité belge est multipliée par ce facteur (1 pour des ETP pour 100 000 ; des ETP par habitant sont convertis d'après leur type).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="326" />
        <source>Field '{field}' has no companion field '{kind}' saying what it measures, so it cannot be checked against the rules. Use the output of zoast:apl (France) or zoast:accessibility (Belgium), or set the indicator type to state it.</source>
        <translation>Le champ '{field}' n'a pas de champ compagnon '{kind}' qui dise ce qu'il mesure : il ne peut pas être vérifié au regard des règles. Utilisez la sortie de zoast:apl (France) ou de zoast:accessibility (Belgique), ou déclarez le type d'indicateur.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="361" />
        <source>No territoire de vie-santé field: French communes are judged on their own APL. The French zoning judges the population-weighted mean APL of each TVS: give the TVS field (BASIN_FIELD).</source>
        <translation>Pas de champ territoire de vie-santé : les communes françaises sont évaluées sur leur propre APL. Le zonage français évalue l'APL moyenne de chaque TVS, pondérée par la population : donnez le champ TVS (BASIN_FIELD).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="410" />
        <source>The French official class is judged on an APL that counts supply across the border ({border}); the French zoning counts French supply only. Give the national-only APL as the national accessibility field.</source>
        <translation>La classe officielle française est évaluée sur une APL qui compte l'offre de l'autre versant ({border}) ; le zonage français ne compte que l'offre française. Donnez l'APL nationale comme champ d'accessibilité nationale.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="421" />
        <source>No GP age field: the Flemish rule counted every GP of {count} Flemish unit(s), not only those under 65.</source>
        <translation>Pas de champ d'âge des médecins : la règle flamande a compté tous les médecins de {count} unité(s) flamande(s), pas seulement ceux de moins de 65 ans.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="483" />
        <source>GP practices</source>
        <translation>Cabinets de médecins généralistes</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="492" />
        <source>{count} GP(s) lie in no unit of the layer: not counted.</source>
        <translation>{count} médecin(s) hors de toute unité de la couche : non compté(s).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="496" />
        <source>{count} GP(s) counted in their municipality ({fte} FTE).</source>
        <translation>{count} médecin(s) compté(s) dans leur commune ({fte} ETP).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="502" />
        <source>The border does not add supply: the same supply is redistributed. Member units gain access across the border; residents on the other side compete with them and lose as much.</source>
        <translation>La frontière n'ajoute pas d'offre : la même offre est redistribuée. Les unités membres gagnent en accessibilité sur l'autre versant ; les habitants de l'autre versant partagent avec elles et perdent d'autant.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="506" />
        <source>{country}: mean access {national:.3g} → {zoast:.3g} ({unit}); {gaining} unit(s) gain, {losing} lose.</source>
        <translation>{country} : accessibilité moyenne {national:.3g} → {zoast:.3g} ({unit}) ; {gaining} unité(s) gagnent, {losing} perdent.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="320" />
        <source>The units have no accessibility field '{field}'. Run zoast:apl (France) or zoast:accessibility (Belgium) on them first and give its output, or choose the field that holds the accessibility.</source>
        <translation>Les unités n'ont pas de champ d'accessibilité '{field}'. Lancez d'abord zoast:apl (France) ou zoast:accessibility (Belgique) sur elles et donnez sa sortie, ou choisissez le champ qui contient l'accessibilité.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/gaps.py" line="416" />
        <source>No standardised population field (NEED_FIELD): the French shortfall in FTE-equivalents of {count} French unit(s) uses the raw population, and their need column repeats it. Run zoast:needs and give its field need.</source>
        <translation>Pas de champ de population standardisée (NEED_FIELD) : le déficit français en équivalents ETP de {count} unité(s) française(s) est calculé sur la population brute, et leur colonne need la reprend. Lancez zoast:needs et donnez son champ need.</translation>
    </message>
</context>
<context>
    <name>ImportFinessAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="78" />
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="86" />
        <source>Import despite encoding problems</source>
        <translation>Importer malgré les problèmes d'encodage</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="86" />
        <source>By default lines that do not decode cleanly with the encoding stop the import (a wrong encoding would spoil every accented name). Tick to import anyway: those lines are listed in the issues table.</source>
        <translation>Par défaut, les lignes qui ne se décodent pas correctement avec l'encodage arrêtent l'import (un mauvais encodage altérerait tous les noms accentués). Cochez pour importer malgré tout : ces lignes sont listées dans la table des anomalies.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="102" />
        <source>Output CRS</source>
        <translation>SCR de sortie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="102" />
        <source>CRS of the output points. Lambert-93 (EPSG:2154), the CRS of metropolitan records, by default. Records in another CRS (the overseas UTM zones) are reprojected to it: for a file with overseas departments choose a CRS valid everywhere, e.g. EPSG:4326.</source>
        <translation>SCR des points en sortie. Par défaut, Lambert-93 (EPSG:2154), le SCR des enregistrements de France métropolitaine. Les enregistrements dans un autre SCR (zones UTM d'outre-mer) y sont reprojetés : pour un fichier comprenant des départements d'outre-mer, choisissez un SCR valable partout, par ex. EPSG:4326.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="121" />
        <source>FINESS establishments</source>
        <translation>Établissements FINESS</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="121" />
        <source>One point per establishment with coordinates: supply_id (= nofinesset), nofinesset, nofinessej, name, categetab, libcategetab, category, commune (INSEE code), departement, siret, dateouv, country (FR), line.</source>
        <translation>Un point par établissement doté de coordonnées : supply_id (= nofinesset), nofinesset, nofinessej, name, categetab, libcategetab, category, commune (code INSEE), departement, siret, dateouv, country (FR), line.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="129" />
        <source>FINESS records with issues</source>
        <translation>Enregistrements FINESS avec anomalies</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="137" />
        <source>Establishments with coordinates (points written)</source>
        <translation>Établissements avec coordonnées (points écrits)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="137" />
        <source>Establishments without usable coordinates</source>
        <translation>Établissements sans coordonnées exploitables</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="137" />
        <source>Issues listed</source>
        <translation>Anomalies listées</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="137" />
        <source>Establishments with a category code missing from the mapping</source>
        <translation>Établissements dont le code de catégorie est absent de la table de correspondance</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="159" />
        <source>Reading the FINESS file…</source>
        <translation>Lecture du fichier FINESS…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="223" />
        <source>FINESS file '{path}' cannot be read ({error}). Check the path and that you may read the file.</source>
        <translation>Le fichier FINESS '{path}' ne peut pas être lu ({error}). Vérifiez le chemin et vos droits de lecture sur le fichier.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="297" />
        <source>Parameter ENCODING: '{encoding}' is not a known encoding. Use latin-1 (the encoding of the published extract) or utf-8.</source>
        <translation>Paramètre ENCODING : '{encoding}' n'est pas un encodage connu. Utilisez latin-1 (l'encodage de l'extraction publiée) ou utf-8.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="309" />
        <source>The file looks like UTF-8: set ENCODING to utf-8.</source>
        <translation>Le fichier semble être en UTF-8 : réglez ENCODING sur utf-8.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="311" />
        <source>Set ENCODING to the file's encoding (the published extract is latin-1).</source>
        <translation>Réglez ENCODING sur l'encodage du fichier (l'extraction publiée est en latin-1).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="312" />
        <source>FINESS file: {count} line(s) do not decode cleanly with the encoding '{encoding}', first lines: {lines}. {advice} Or tick 'Import despite encoding problems' to import anyway and list them in the issues table.</source>
        <translation>Fichier FINESS : {count} ligne(s) ne se décodent pas correctement avec l'encodage '{encoding}', premières lignes : {lines}. {advice} Ou cochez 'Importer malgré les problèmes d'encodage' pour importer malgré tout et les lister dans la table des anomalies.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="415" />
        <source>coordinates that cannot be transformed to the output CRS (no point)</source>
        <translation>coordonnées impossibles à transformer dans le SCR de sortie (pas de point)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="425" />
        <source>{count} issue(s) listed in the issues table:</source>
        <translation>{count} anomalie(s) listée(s) dans la table des anomalies :</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="428" />
        <source>line {line} ({id})</source>
        <translation>ligne {line} ({id})</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="432" />
        <source>  {count} × {reason} [{code}], e.g. {examples}</source>
        <translation>  {count} × {reason} [{code}], par ex. {examples}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="65" />
        <source>Import FINESS establishments (Structures feed or CSV extract)</source>
        <translation>Importer les établissements FINESS (flux Structures ou extraction CSV)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="68" />
        <source>FINESS file (Structures feed or geolocated extract)</source>
        <translation>Fichier FINESS (flux Structures ou extraction géolocalisée)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="68" />
        <source>FINESS files (*.json *.csv *.txt);;All files (*.*)</source>
        <translation>Fichiers FINESS (*.json *.csv *.txt);;Tous les fichiers (*.*)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="68" />
        <source>Today: the FINESS Structures feed finess-structures-*.json from data.gouv.fr (JSON, UTF-8). Also read: the former geolocated extract etalab-cs1100507-stock-*.csv (';'-separated 'structureet' and 'geolocalisation' records, no longer refreshed since the new FINESS), for archives. The format is recognised from the content.</source>
        <translation>Aujourd'hui : le flux FINESS Structures finess-structures-*.json de data.gouv.fr (JSON, UTF-8). Aussi lue : l'ancienne extraction géolocalisée etalab-cs1100507-stock-*.csv (enregistrements 'structureet' et 'geolocalisation' séparés par des ';', plus mise à jour depuis le nouveau FINESS), pour les archives. Le format est reconnu d'après le contenu.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="78" />
        <source>Character encoding of the CSV extract: latin-1 (read as Windows-1252, so ’ and Œ come out right) for the published extract, utf-8 for a file re-saved as UTF-8. The JSON feed is always UTF-8.</source>
        <translation>Encodage des caractères de l'extraction CSV : latin-1 (lu comme Windows-1252, pour que ’ et Œ sortent justes) pour l'extraction publiée, utf-8 pour un fichier réenregistré en UTF-8. Le flux JSON est toujours en UTF-8.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="95" />
        <source>Optional: a table mapping FINESS category codes (categetab of the extract, or TRE-R397 categorieentiteGeographiqueExercice of the feed) to ZOAST categories (fields code and category). Without it the packaged table of the format is used (resources/categories); codes missing from the table get the category 'other' and are counted.</source>
        <translation>Facultatif : une table de correspondance des codes de catégorie FINESS (categetab de l'extraction, ou categorieentiteGeographiqueExercice TRE-R397 du flux) vers les catégories ZOAST (champs code et category). Sans elle, la table fournie pour le format est utilisée (resources/categories) ; les codes absents de la table reçoivent la catégorie 'other' et sont comptés.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="109" />
        <source>Feed: tolerated gap between the two positions of a record (m)</source>
        <translation>Flux : écart toléré entre les deux positions d'un enregistrement (m)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="109" />
        <source>The Structures feed gives a record's position twice: latitude/longitude and a projected pair. When both are usable and lie farther apart than this, the record is listed (positions_disagree, with the distance); its point keeps the latitude/longitude. 100 m by default: a street number's width, far above the rounding of either.</source>
        <translation>Le flux Structures donne deux fois la position d'un enregistrement : latitude/longitude et un couple projeté. Quand les deux sont utilisables et plus éloignées que cette valeur, l'enregistrement est listé (positions_disagree, avec la distance) ; son point garde la latitude/longitude. 100 m par défaut : la largeur d'un numéro de rue, bien au-delà de l'arrondi de l'une ou l'autre.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="129" />
        <source>One row per record left out or read with a caveat: line, nofinesset, reason (a stable code: closed, no_coordinates, swapped_coordinates, outside_area_of_use, outside_scope…), reason_text (in the interface language), detail.</source>
        <translation>Une ligne par enregistrement écarté ou lu avec réserve : line, nofinesset, reason (un code stable : closed, no_coordinates, swapped_coordinates, outside_area_of_use, outside_scope…), reason_text (dans la langue de l'interface), detail.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="152" />
        <source>Parameter OUTPUT_CRS: '{crs}' is not a valid coordinate reference system. Give an authority id such as EPSG:2154 or EPSG:4326.</source>
        <translation>Paramètre OUTPUT_CRS : '{crs}' n'est pas un système de coordonnées valide. Donnez un identifiant d'autorité tel que EPSG:2154 ou EPSG:4326.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="175" />
        <source>Checking the positions…</source>
        <translation>Vérification des positions…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="239" />
        <source>File '{path}' is not a FINESS file: it holds binary data, not text. Choose the FINESS Structures feed (.json) or the geolocated CSV extract.</source>
        <translation>Le fichier '{path}' n'est pas un fichier FINESS : il contient des données binaires, pas du texte. Choisissez le flux FINESS Structures (.json) ou l'extraction CSV géolocalisée.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="260" />
        <source>FINESS extract of {date}: {lines} line(s) read, {establishments} establishment(s), {{points}} with coordinates written as points.</source>
        <translation>Extraction FINESS du {date} : {lines} ligne(s) lue(s), {establishments} établissement(s), {{points}} avec coordonnées écrits comme points.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="417" />
        <source>latitude/longitude and the projected pair disagree (point from latitude/longitude)</source>
        <translation>latitude/longitude et couple projeté en désaccord (point pris de la latitude/longitude)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="137" />
        <source>Establishments kept (open, each nofinesset once)</source>
        <translation>Établissements retenus (ouverts, chaque nofinesset une fois)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="228" />
        <source>FINESS file '{path}' is empty. Download the FINESS Structures feed (.json) again.</source>
        <translation>Le fichier FINESS '{path}' est vide. Téléchargez à nouveau le flux FINESS Structures (.json).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="233" />
        <source>File '{path}' is compressed (zip or gzip). Extract the FINESS file it holds (.json or .csv) and choose that file.</source>
        <translation>Le fichier '{path}' est compressé (zip ou gzip). Extrayez le fichier FINESS qu'il contient (.json ou .csv) et choisissez ce fichier.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="283" />
        <source>FINESS Structures feed generated {date}: {entities} legal entit(y/ies), {read} establishment(s) read, {establishments} kept (open, each nofinesset once), {{points}} written as points.</source>
        <translation>Flux FINESS Structures généré le {date} : {entities} entité(s) juridique(s), {read} établissement(s) lu(s), {establishments} retenu(s) (ouverts, chaque nofinesset une fois), {{points}} écrits comme points.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importfiness.py" line="371" />
        <source>{count} establishment(s) lie outside the area of use of the output CRS {crs}, first: {ids}. Their points are written but distorted there; for a file with overseas departments choose an OUTPUT_CRS valid everywhere, e.g. EPSG:4326.</source>
        <translation>{count} établissement(s) hors du domaine d'emploi du SCR de sortie {crs}, premiers : {ids}. Leurs points sont écrits mais déformés ; pour un fichier avec des départements d'outre-mer, choisissez un OUTPUT_CRS valable partout, par exemple EPSG:4326.</translation>
    </message>
</context>
<context>
    <name>ImportPointsAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="63" />
        <source>Import care points from a table (X/Y columns)</source>
        <translation>Importer des points de soins depuis une table (colonnes X/Y)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="185" />
        <source>Table of care points</source>
        <translation>Table des points de soins</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="66" />
        <source>A CSV file or table with one row per care point (GP practice, hospital, pharmacy…), with coordinate columns, or a point layer of addresses already geocoded.</source>
        <translation>Fichier CSV ou table comportant une ligne par point de soins (cabinet de médecine générale, hôpital, pharmacie…), avec des colonnes de coordonnées, ou couche de points d'adresses déjà géocodées.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="72" />
        <source>X (longitude / easting) field</source>
        <translation>Champ X (longitude / abscisse)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="72" />
        <source>Column of the X coordinate, in the CRS below; a decimal comma is accepted. Leave X and Y empty to use the geometry of a point layer.</source>
        <translation>Colonne de la coordonnée X, dans le SCR ci-dessous ; la virgule décimale est acceptée. Laissez X et Y vides pour utiliser la géométrie d'une couche de points.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="75" />
        <source>Y (latitude / northing) field</source>
        <translation>Champ Y (latitude / ordonnée)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="75" />
        <source>Column of the Y coordinate, in the CRS below.</source>
        <translation>Colonne de la coordonnée Y, dans le SCR ci-dessous.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="77" />
        <source>CRS of the coordinates</source>
        <translation>SCR des coordonnées</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="77" />
        <source>CRS of the X/Y columns, also the CRS of the output: WGS 84 (EPSG:4326) for longitude/latitude, Belgian Lambert 72 (EPSG:31370) or 2008 (EPSG:3812), Lambert-93 (EPSG:2154). Ignored when the geometry of the layer is used.</source>
        <translation>SCR des colonnes X/Y, qui est aussi celui de la sortie : WGS 84 (EPSG:4326) pour longitude/latitude, Lambert belge 72 (EPSG:31370) ou 2008 (EPSG:3812), Lambert-93 (EPSG:2154). Ignoré lorsque la géométrie de la couche est utilisée.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="91" />
        <source>Id field</source>
        <translation>Champ d'identifiant</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="91" />
        <source>Optional: unique id of each point (e.g. the INAMI/RIZIV number). Without it the feature id of the row is used. Duplicate ids stop the import.</source>
        <translation>Facultatif : identifiant unique de chaque point (par ex. le numéro INAMI/RIZIV). En son absence, l'identifiant d'entité de la ligne est utilisé. Des identifiants en double arrêtent l'import.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="95" />
        <source>Category field</source>
        <translation>Champ de catégorie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="95" />
        <source>Optional: the source's category code or label, mapped to a ZOAST category by the mapping table; without a table its values must already be ZOAST categories (lower-case words such as gp, hospital).</source>
        <translation>Facultatif : code ou libellé de catégorie de la source, associé à une catégorie ZOAST par la table de correspondance ; sans table, ses valeurs doivent déjà être des catégories ZOAST (mots en minuscules comme gp, hospital).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="100" />
        <source>Optional: a table mapping the source's codes or labels (field code) to ZOAST categories (field category). Codes missing from it get the default category and are counted.</source>
        <translation>Facultatif : table de correspondance entre les codes ou libellés de la source (champ code) et les catégories ZOAST (champ category). Les codes qui en sont absents reçoivent la catégorie par défaut et sont comptés.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="105" />
        <source>Default category</source>
        <translation>Catégorie par défaut</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="105" />
        <source>Category of the rows with no category: every row when no category field is given (e.g. gp for a list of GPs), else rows with an empty code or a code missing from the mapping table.</source>
        <translation>Catégorie des lignes sans catégorie : toutes les lignes lorsqu'aucun champ de catégorie n'est indiqué (par ex. gp pour une liste de médecins généralistes), sinon les lignes dont le code est vide ou absent de la table de correspondance.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="112" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="112" />
        <source>Country code of every point, e.g. BE or FR; where a country field is given, used for its empty values.</source>
        <translation>Code pays de tous les points, par ex. BE ou FR ; lorsqu'un champ du pays est indiqué, utilisé pour ses valeurs vides.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="118" />
        <source>Country field</source>
        <translation>Champ du pays</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="118" />
        <source>Optional: field holding the country code (FR, BE…) of each point.</source>
        <translation>Facultatif : champ contenant le code pays (FR, BE…) de chaque point.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="121" />
        <source>FTE field</source>
        <translation>Champ des ETP</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="121" />
        <source>Optional: full-time equivalents of each point (written as fte).</source>
        <translation>Facultatif : équivalents temps plein de chaque point (écrits dans fte).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="123" />
        <source>Beds field</source>
        <translation>Champ des lits</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="123" />
        <source>Optional: number of beds of each point (written as beds).</source>
        <translation>Facultatif : nombre de lits de chaque point (écrit dans beds).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="125" />
        <source>Supply points</source>
        <translation>Points d'offre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="125" />
        <source>One point per usable row: supply_id, category, country, fte and beds (when their fields are given), then the input's fields.</source>
        <translation>Un point par ligne exploitable : supply_id, category, country, fte et beds (lorsque leurs champs sont indiqués), puis les champs de l'entrée.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="132" />
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="140" />
        <source>Points written</source>
        <translation>Points écrits</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="140" />
        <source>Rows rejected</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="140" />
        <source>Points with a category code missing from the mapping</source>
        <translation>Points dont le code de catégorie est absent de la table de correspondance</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="152" />
        <source>Give both X_FIELD and Y_FIELD, or neither to use the geometry of a point layer.</source>
        <translation>Indiquez à la fois X_FIELD et Y_FIELD, ou aucun des deux pour utiliser la géométrie d'une couche de points.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="157" />
        <source>Give the country of the points: COUNTRY (e.g. BE) or COUNTRY_FIELD.</source>
        <translation>Indiquez le pays des points : COUNTRY (par ex. BE) ou COUNTRY_FIELD.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="166" />
        <source>A mapping table is given but no category field: the table is not used.</source>
        <translation>Une table de correspondance est indiquée mais aucun champ de catégorie : la table n'est pas utilisée.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="172" />
        <source>The input has no point geometry: choose its X_FIELD and Y_FIELD columns.</source>
        <translation>L'entrée n'a pas de géométrie ponctuelle : choisissez ses colonnes X_FIELD et Y_FIELD.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="184" />
        <source>Reading the table…</source>
        <translation>Lecture de la table…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="228" />
        <source>{points} point(s) written, {rejected} row(s) rejected.</source>
        <translation>{points} point(s) écrit(s), {rejected} ligne(s) rejetée(s).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="233" />
        <source>  {count} row(s) rejected: {reason}, e.g. rows {rows}</source>
        <translation>  {count} ligne(s) rejetée(s) : {reason}, par ex. lignes {rows}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="299" />
        <source>Field '{field}': {count} row(s) with no country, first ids: {ids}. Fill them or give COUNTRY for them.</source>
        <translation>Champ '{field}' : {count} ligne(s) sans pays, premiers identifiants : {ids}. Complétez-les ou indiquez COUNTRY pour celles-ci.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="84" />
        <source>Encoding of the file</source>
        <translation>Encodage du fichier</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="84" />
        <source>Character encoding of a CSV or text file, e.g. utf-8, windows-1252 or latin-1 (read as windows-1252, so ’ and Œ come out right). Empty: the layer's own encoding (Layer Properties &gt; Source). Text that does not decode stops the import and names the line.</source>
        <translation>Encodage des caractères d'un fichier CSV ou texte, par exemple utf-8, windows-1252 ou latin-1 (lu comme windows-1252, pour que ’ et Œ sortent justes). Vide : l'encodage de la couche (Propriétés de la couche &gt; Source). Un texte qui ne se décode pas arrête l'import et nomme la ligne.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="132" />
        <source>One row per input row not imported: row (feature id), supply_id, reason (no_coordinates, bad_coordinates, no_geometry, bad_capacity, outside_area_of_use, swapped_coordinates, outside_scope) and detail (the values read).</source>
        <translation>Une ligne par ligne d'entrée non importée : row (id d'entité), supply_id, reason (no_coordinates, bad_coordinates, no_geometry, bad_capacity, outside_area_of_use, swapped_coordinates, outside_scope) et detail (les valeurs lues).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="180" />
        <source>ENCODING is used only for a layer read from a file; the input's own text is kept.</source>
        <translation>ENCODING ne sert que pour une couche lue depuis un fichier ; le texte de l'entrée est gardé tel quel.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="192" />
        <source>Table of care points: no row to import (the table is empty, or its selection). Choose a table with one row per care point.</source>
        <translation>Table des points de soins : aucune ligne à importer (la table ou sa sélection est vide). Choisissez une table avec une ligne par point de soins.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="255" />
        <source>Parameter CRS: '{crs}' is not a valid coordinate reference system. Give an authority id such as EPSG:4326, EPSG:31370 or EPSG:3812.</source>
        <translation>Paramètre CRS : '{crs}' n'est pas un système de coordonnées valide. Donnez un identifiant d'autorité tel que EPSG:4326, EPSG:31370 ou EPSG:3812.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="265" />
        <source>Parameter ENCODING: '{encoding}' is not a known encoding. Use utf-8, windows-1252 or latin-1.</source>
        <translation>Paramètre ENCODING : '{encoding}' n'est pas un encodage connu. Utilisez utf-8, windows-1252 ou latin-1.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="160" />
        <source>Parameter COUNTRY: '{value}' is not a two-letter country code. Give BE, FR, LU…</source>
        <translation>Paramètre COUNTRY : '{value}' n'est pas un code de pays à deux lettres. Indiquez BE, FR, LU…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="237" />
        <source>{count} row(s) have X/Y in metres, not degrees, while the CRS of the coordinates is {crs}: set CRS to the list's system, e.g. Belgian Lambert 72 (EPSG:31370), Lambert 2008 (EPSG:3812) or Lambert-93 (EPSG:2154).</source>
        <translation>{count} ligne(s) ont des X/Y en mètres, pas en degrés, alors que le SCR des coordonnées est {crs} : indiquez comme SCR le système de la liste, par exemple Lambert belge 72 (EPSG:31370), Lambert 2008 (EPSG:3812) ou Lambert-93 (EPSG:2154).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/importpoints.py" line="306" />
        <source>Field '{field}': {count} row(s) with a country that is not a two-letter code (BE, FR, LU…), first ids: {ids}; values: {values}.</source>
        <translation>Champ '{field}' : {count} ligne(s) dont le pays n'est pas un code à deux lettres (BE, FR, LU…), premiers identifiants : {ids} ; valeurs : {values}.</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="63" />
        <source>(from the start)</source>
        <translation>(depuis l'origine)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="67" />
        <source>The territorial units (communes) to pick member units from.</source>
        <translation>Unités territoriales (communes) parmi lesquelles choisir les unités membres.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="68" />
        <source>Units layer</source>
        <translation>Couche des unités</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="69" />
        <source>Unit id field</source>
        <translation>Champ d'identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="70" />
        <source>Date the units added now join the agreement; empty: from the start.</source>
        <translation>Date à laquelle les unités ajoutées maintenant rejoignent la convention ; vide : depuis l'origine.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="73" />
        <source>The hospitals or care facilities to pick member establishments from.</source>
        <translation>Hôpitaux ou établissements de soins parmi lesquels choisir les établissements membres.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="75" />
        <source>Establishments layer</source>
        <translation>Couche des établissements</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="76" />
        <source>Establishment id field</source>
        <translation>Champ d'identifiant de l'établissement</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="77" />
        <source>Date the establishments added now join the agreement; empty: from the start.</source>
        <translation>Date à laquelle les établissements ajoutés maintenant rejoignent la convention ; vide : depuis l'origine.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="79" />
        <source>FR or BE; when empty, the country is read from the id prefix (FR:59350).</source>
        <translation>FR ou BE ; lorsqu'il est vide, le pays est déduit du préfixe de l'identifiant (FR:59350).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="81" />
        <source>Country field</source>
        <translation>Champ du pays</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="82" />
        <source>Members since</source>
        <translation>Membres depuis le</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="97" />
        <source>Add selected</source>
        <translation>Ajouter la sélection</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="99" />
        <source>Add the features selected on the map in this layer to the agreement.</source>
        <translation>Ajouter à la convention les entités sélectionnées sur la carte dans cette couche.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="100" />
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="102" />
        <source>Remove from the agreement the members selected in the list, or else those selected on the map.</source>
        <translation>Retirer de la convention les membres sélectionnés dans la liste, à défaut ceux sélectionnés sur la carte.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="104" />
        <source>Show on map</source>
        <translation>Afficher sur la carte</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="106" />
        <source>Select and flash the agreement's members on the map.</source>
        <translation>Sélectionner les membres de la convention sur la carte et les faire clignoter.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="87" />
        <source>(still a member)</source>
        <translation>(toujours membre)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="89" />
        <source>Last day the members chosen in the list are covered (they leave the agreement after it); empty: still members.</source>
        <translation>Dernier jour de couverture des membres choisis dans la liste (ils quittent la convention après) ; vide : toujours membres.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="91" />
        <source>Member until</source>
        <translation>Membre jusqu'au</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="107" />
        <source>Set end date</source>
        <translation>Fixer la date de fin</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/members_panel.py" line="109" />
        <source>Give the members chosen in the list the date of 'Member until' (empty: they stay members).</source>
        <translation>Donner aux membres choisis dans la liste la date « Membre jusqu'au » (vide : ils restent membres).</translation>
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
        <translation>Nombre d'habitants de l'unité dans cette tranche d'âge (tranches de l'INSEE ; 0 ou plus).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="60" />
        <source>Total population field (check only)</source>
        <translation>Champ de population totale (contrôle uniquement)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="60" />
        <source>Optional. When given, units whose age bands do not add up to this total (beyond 1 inhabitant or 1 %) are listed in a warning: bands and total from different years or sources.</source>
        <translation>Facultatif. S'il est renseigné, les unités dont la somme des tranches d'âge diffère de ce total (de plus de 1 habitant ou 1 %) sont signalées dans un avertissement : tranches et total issus d'années ou de sources différentes.</translation>
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
        <translation>Ajuster la population pondérée pour que son total soit égal à la population totale réelle (habitants standardisés de l'APL). Désactivé : le résultat est exprimé dans l'unité propre des poids.</translation>
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
        <translation>Aucune table des poids par âge indiquée : utilisation des poids par défaut indicatifs.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="121" />
        <source>Computing the standardised population…</source>
        <translation>Calcul de la population standardisée…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/needs.py" line="125" />
        <source>Field '{field}': the age bands of {count} unit(s) do not add up to the population, first ids: {ids}. Check that bands and total come from the same year and source.</source>
        <translation>Champ '{field}' : pour {count} unité(s), la somme des tranches d'âge diffère de la population, premiers identifiants : {ids}. Vérifiez que les tranches et le total proviennent de la même année et de la même source.</translation>
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
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="65" />
        <source>Patient flows across the border</source>
        <translation>Flux de patients transfrontaliers</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="69" />
        <source>Minimum patients per line</source>
        <translation>Nombre minimal de patients par ligne</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="69" />
        <source>Draw only the flows with at least this many patients. The summary and the totals still count every flow.</source>
        <translation>Ne tracer que les flux d'au moins ce nombre de patients. Le récapitulatif et les totaux comptent tout de même tous les flux.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="76" />
        <source>Cross-border flows only</source>
        <translation>Flux transfrontaliers uniquement</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="76" />
        <source>Draw only the flows that cross the border (FR→BE, BE→FR). The summary still has the domestic flows.</source>
        <translation>Ne tracer que les flux qui franchissent la frontière (FR→BE, BE→FR). Le récapitulatif comprend tout de même les flux nationaux.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="88" />
        <source>Curved lines</source>
        <translation>Lignes courbes</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="88" />
        <source>Draw arcs (a flow and its return bow to opposite sides) instead of straight lines.</source>
        <translation>Tracer des arcs (un flux et son flux retour s'incurvent de part et d'autre) au lieu de lignes droites.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="93" />
        <source>Width of the largest flow (mm)</source>
        <translation>Largeur du flux le plus important (mm)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="93" />
        <source>The width field is proportional to the patients, the largest flow getting this width; never less than 0.2 mm.</source>
        <translation>Le champ de largeur est proportionnel aux patients, le flux le plus important recevant cette largeur ; jamais moins de 0,2 mm.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="104" />
        <source>Desire lines</source>
        <translation>Lignes de désir</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="113" />
        <source>Flows per ZOAST</source>
        <translation>Flux par ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="122" />
        <source>Cross-border patients</source>
        <translation>Patients transfrontaliers</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="122" />
        <source>Cross-border stays</source>
        <translation>Séjours transfrontaliers</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="122" />
        <source>Cross-border amount (euros)</source>
        <translation>Montant transfrontalier (euros)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="122" />
        <source>Desire lines written</source>
        <translation>Lignes de désir écrites</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="122" />
        <source>Flows not drawn (care type, minimum volume, domestic)</source>
        <translation>Flux non tracés (type de soins, volume minimal, flux nationaux)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="122" />
        <source>Flows written without a line (same start and end point)</source>
        <translation>Flux écrits sans ligne (points de départ et d'arrivée identiques)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="122" />
        <source>Units and facilities skipped (no geometry or an invalid one)</source>
        <translation>Unités et établissements ignorés (sans géométrie ou à la géométrie invalide)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="152" />
        <source>Parameter AGREEMENT_MEMBERS: the code '{code}' names the whole region in the summary. Rename that agreement.</source>
        <translation>Paramètre AGREEMENT_MEMBERS : le code '{code}' désigne l'ensemble du territoire d'étude dans le récapitulatif. Renommez cette convention.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="158" />
        <source>No member establishments given: share_inside is left empty.</source>
        <translation>Aucun établissement membre indiqué : share_inside reste vide.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="162" />
        <source>Drawing the desire lines…</source>
        <translation>Tracé des lignes de désir…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="172" />
        <source>Summing the flows per ZOAST…</source>
        <translation>Totalisation des flux par ZOAST…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="201" />
        <source>{count} flow(s) start and end at the same point: written without a line.</source>
        <translation>{count} flux partent et arrivent au même point : écrits sans ligne.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="205" />
        <source>{count} flow(s) not drawn (other care types, below the minimum or domestic).</source>
        <translation>{count} flux non tracé(s) (autres types de soins, sous le minimum ou nationaux).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="82" />
        <source>One line per origin and destination</source>
        <translation>Une ligne par origine et destination</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="82" />
        <source>Draw one line per origin–destination pair, its care types summed and listed (care_types), so lines do not overlap. Untick to draw one line per row of the flows table, with its attributes.</source>
        <translation>Tracer une ligne par couple origine–destination, ses types de soins additionnés et listés (care_types), pour que les lignes ne se superposent pas. Décochez pour tracer une ligne par ligne de la table des flux, avec ses attributs.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="104" />
        <source>One line per origin–destination pair (or per flow row), in the analysis CRS: origin_id, dest_id, care_types (or care_type and the flows table's attributes), patients, stays, amount_eur, origin_country, dest_country, direction (FR→BE, BE→FR, domestic), n_flows and width (mm, for the style).</source>
        <translation>Une ligne par couple origine–destination (ou par ligne de flux), dans le SCR d'analyse : origin_id, dest_id, care_types (ou care_type et les attributs de la table des flux), patients, stays, amount_eur, origin_country, dest_country, direction (FR→BE, BE→FR, domestic), n_flows et width (mm, pour le style).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="113" />
        <source>Per ZOAST (zoast_code; 'all' for the whole region), direction ('all' for the zone's total) and care type ('all' for the subtotal over care types): patients, stays, amount_eur of its residents' flows and share_inside, the share of their patients treated in the zone's member establishments.</source>
        <translation>Par ZOAST (zoast_code ; « all » pour tout le territoire d'étude), direction (« all » pour le total de la zone) et type de soins (« all » pour le sous-total tous types de soins) : patients, stays, amount_eur des flux de ses habitants et share_inside, la part de leurs patients soignés dans les établissements membres de la zone.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/patientflows.py" line="122" />
        <source>Empty value cells in the flows table (read as unknown)</source>
        <translation>Cellules vides de la table des flux (lues comme inconnues)</translation>
    </message>
</context>
<context>
    <name>PostgresDialog</name>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="93" />
        <source>Agreements store on PostgreSQL/PostGIS</source>
        <translation>Base de conventions sur PostgreSQL/PostGIS</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="100" />
        <source>A PostgreSQL connection of QGIS (Data Source Manager › PostgreSQL), or service=name, or host=… dbname=… user=…</source>
        <translation>Une connexion PostgreSQL de QGIS (Gestionnaire des sources de données › PostgreSQL), ou service=nom, ou host=… dbname=… user=…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="104" />
        <source>The schema holding (or to hold) the ZOAST tables.</source>
        <translation>Le schéma qui contient (ou contiendra) les tables ZOAST.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="105" />
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="106" />
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="109" />
        <source>Open (or upgrade)</source>
        <translation>Ouvrir (ou mettre à niveau)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="110" />
        <source>Create a new store</source>
        <translation>Créer une nouvelle base</translation>
    </message>
</context>
<context>
    <name>PrepareUnitsAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="46" />
        <source>Territorial units from the official population files</source>
        <translation>Unités territoriales à partir des fichiers officiels de population</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="149" />
        <source>Commune and municipality outlines</source>
        <translation>Contours des communes</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="49" />
        <source>Polygons of the communes or municipalities, from any source (IGN ADMIN EXPRESS, Statbel/NGI, the sample…), with the INSEE or REFNIS code of each.</source>
        <translation>Polygones des communes, de toute source (IGN ADMIN EXPRESS, Statbel/IGN belge, l'échantillon…), avec le code INSEE ou REFNIS de chacune.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="56" />
        <source>Outlines: code field</source>
        <translation>Contours : champ du code</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="56" />
        <source>INSEE code (5 characters, 2A/2B in Corsica) or REFNIS code (5 digits) of each outline, bare (59350) or with its country (FR:59350).</source>
        <translation>Code INSEE (5 caractères, 2A/2B en Corse) ou code REFNIS (5 chiffres) de chaque contour, seul (59350) ou avec son pays (FR:59350).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="59" />
        <source>Outlines: country field</source>
        <translation>Contours : champ du pays</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="59" />
        <source>Optional: FR or BE. Without it (or where it is empty), the country is the one of the population file the code joins.</source>
        <translation>Facultatif : FR ou BE. Sans lui (ou là où il est vide), le pays est celui du fichier de population auquel le code se rattache.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="62" />
        <source>Outlines: name field</source>
        <translation>Contours : champ du nom</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="62" />
        <source>Optional: the unit's name. Without it, the names of the population files (the Dutch name for Flemish municipalities) are used.</source>
        <translation>Facultatif : le nom de l'unité. Sans lui, les noms des fichiers de population (le nom néerlandais pour les communes flamandes) sont utilisés.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="65" />
        <source>Population files</source>
        <translation>Fichiers de population</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="65" />
        <source>One or more official files, as downloaded (CSV or text, or the zip holding it): INSEE's population by age (base-cc-evol-struct-pop: CODGEO, P21_POP0014 … P21_POP90P), INSEE's tables by single age (AGED100, per sex or not), or Statbel's population by municipality, age and sex (TF_SOC_POP_STRUCT_&lt;year&gt;: CD_REFNIS, CD_AGE, MS_POPULATION). The layout is recognised from the columns.</source>
        <translation>Un ou plusieurs fichiers officiels, tels que téléchargés (CSV ou texte, ou le zip qui le contient) : population par âge de l'INSEE (base-cc-evol-struct-pop : CODGEO, P21_POP0014 … P21_POP90P), tableaux de l'INSEE par âge détaillé (AGED100, par sexe ou non), ou population de Statbel par commune, âge et sexe (TF_SOC_POP_STRUCT_&lt;année&gt; : CD_REFNIS, CD_AGE, MS_POPULATION). La structure est reconnue à ses colonnes.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="75" />
        <source>Files' encoding</source>
        <translation>Encodage des fichiers</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="75" />
        <source>Optional: the files' text encoding (e.g. windows-1252, latin-1). Empty: UTF-8, then Windows-1252, which covers the administrations' CSV files.</source>
        <translation>Facultatif : l'encodage du texte des fichiers (p. ex. windows-1252, latin-1). Vide : UTF-8, puis Windows-1252, qui couvre les fichiers CSV des administrations.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="81" />
        <source>Age bands (lower bounds, years)</source>
        <translation>Tranches d'âge (bornes inférieures, années)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="81" />
        <source>Lower bound of each age band, in years; the last band is open. Default: INSEE's seven bands 0–14, 15–29, 30–44, 45–59, 60–74, 75–89, 90 and over (fields pop_0_14 … pop_90p), which the needs and accessibility algorithms read.</source>
        <translation>Borne inférieure de chaque tranche d'âge, en années ; la dernière tranche est ouverte. Par défaut : les sept tranches de l'INSEE 0–14, 15–29, 30–44, 45–59, 60–74, 75–89, 90 ans et plus (champs pop_0_14 … pop_90p), que lisent les algorithmes de besoins et d'accessibilité.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="89" />
        <source>Year of the population (when a file does not say)</source>
        <translation>Année de la population (quand un fichier ne la dit pas)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="89" />
        <source>Optional: written in pop_year for a file whose year is neither in its columns (INSEE's P21_…, Statbel's CD_YEAR) nor in its name.</source>
        <translation>Facultatif : écrite dans pop_year pour un fichier dont l'année n'est ni dans ses colonnes (P21_… de l'INSEE, CD_YEAR de Statbel) ni dans son nom.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="96" />
        <source>Table of code changes</source>
        <translation>Table des changements de codes</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="96" />
        <source>Optional: a CSV of former → current codes (country, old_code, new_code, new_name…). Empty: the shipped table (French communes nouvelles of the 2025 geography; Belgian REFNIS changes of 2019 and the mergers of 2025), resources/codes/commune_code_changes.csv.</source>
        <translation>Facultatif : un CSV des codes anciens → actuels (country, old_code, new_code, new_name…). Vide : la table fournie (communes nouvelles françaises de la géographie 2025 ; changements REFNIS belges de 2019 et fusions de 2025), resources/codes/commune_code_changes.csv.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="106" />
        <source>Territorial units</source>
        <translation>Unités territoriales</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="106" />
        <source>The outlines with unit_id (FR:… or BE:…), code, name, name_fr, name_nl, country, population, the age bands, area_km2 (in the analysis CRS), pop_year and source (the file).</source>
        <translation>Les contours avec unit_id (FR:… ou BE:…), code, name, name_fr, name_nl, country, population, les tranches d'âge, area_km2 (dans le SCR d'analyse), pop_year et source (le fichier).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="113" />
        <source>Population issues</source>
        <translation>Anomalies de population</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="120" />
        <source>Units written</source>
        <translation>Unités écrites</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="120" />
        <source>Total population</source>
        <translation>Population totale</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="120" />
        <source>Units without population</source>
        <translation>Unités sans population</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="120" />
        <source>Population codes not in the outlines</source>
        <translation>Codes de population sans contour</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="120" />
        <source>Former codes re-coded</source>
        <translation>Anciens codes recodés</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="120" />
        <source>Outlines skipped (no geometry)</source>
        <translation>Contours ignorés (sans géométrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="143" />
        <source>Parameter {name}: the outlines have no field '{field}'.</source>
        <translation>Paramètre {name} : les contours n'ont pas de champ « {field} ».</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="148" />
        <source>Reading the outlines…</source>
        <translation>Lecture des contours…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="163" />
        <source>Parameter POPULATION_FILES: give at least one population file.</source>
        <translation>Paramètre POPULATION_FILES : donnez au moins un fichier de population.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="168" />
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="172" />
        <source>{file}: {layout} ({country}, {year}), {count} code(s).</source>
        <translation>{file} : {layout} ({country}, {year}), {count} code(s).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="182" />
        <source>Joining the population to the outlines…</source>
        <translation>Rattachement de la population aux contours…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="186" />
        <source>{count} population code(s) match no outline, first: {ids}.</source>
        <translation>{count} code(s) de population sans contour correspondant, premiers : {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="186" />
        <source>{count} outline(s) have no population, first: {ids}.</source>
        <translation>{count} contour(s) sans population, premiers : {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="186" />
        <source>{count} code(s) appear in two files; the first file's population is kept, first: {ids}.</source>
        <translation>{count} code(s) présent(s) dans deux fichiers ; la population du premier fichier est gardée, premiers : {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="186" />
        <source>{count} former code(s) were split between several units and cannot be divided: {ids}.</source>
        <translation>{count} ancien(s) code(s) partagé(s) entre plusieurs unités, impossible(s) à répartir : {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="204" />
        <source>{count} former code(s) re-coded to the current units (listed in the issues output).</source>
        <translation>{count} ancien(s) code(s) recodé(s) vers les unités actuelles (listés dans la sortie des anomalies).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="207" />
        <source>Writing the units…</source>
        <translation>Écriture des unités…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="235" />
        <source>File '{file}': the zip holds {count} CSV or text tables; it must hold one. Extract the table you want.</source>
        <translation>Fichier « {file} » : le zip contient {count} tables CSV ou texte ; il doit n'en contenir qu'une. Extrayez la table voulue.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="240" />
        <source>File '{file}' is a spreadsheet: save its table as CSV (or take the CSV or text version of the download) and run again.</source>
        <translation>Le fichier « {file} » est un tableur : enregistrez sa table en CSV (ou prenez la version CSV ou texte du téléchargement) et relancez.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="245" />
        <source>File '{file}' cannot be read: {error}.</source>
        <translation>Le fichier « {file} » ne peut pas être lu : {error}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="254" />
        <source>Table of code changes '{file}': column(s) {fields} missing.</source>
        <translation>Table des changements de codes « {file} » : colonne(s) {fields} manquante(s).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="113" />
        <source>One row per problem: country, code, issue (code_not_in_outlines, unit_without_population, duplicate_code, duplicate_outline, code_split, code_recoded) and detail.</source>
        <translation>Une ligne par anomalie : country, code, issue (code_not_in_outlines, unit_without_population, duplicate_code, duplicate_outline, code_split, code_recoded) et detail.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="176" />
        <source>{file}: the year of the population is neither in its columns nor in its name: pop_year is left empty. Give it with the parameter YEAR.</source>
        <translation>{file} : l'année de la population n'est ni dans ses colonnes ni dans son nom : pop_year reste vide. Indiquez-la avec le paramètre YEAR.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/prepareunits.py" line="186" />
        <source>{count} code(s) are held by several outlines: each of them gets the code's whole population, which is then counted more than once. Dissolve the outlines by code first: {ids}.</source>
        <translation>{count} code(s) porté(s) par plusieurs contours : chacun reçoit toute la population du code, qui est alors comptée plusieurs fois. Fusionnez d'abord les contours par code : {ids}.</translation>
    </message>
</context>
<context>
    <name>ReportAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="76" />
        <source>Diagnosis report (PDF atlas)</source>
        <translation>Rapport de diagnostic (atlas PDF)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="85" />
        <source>Atlas pages (basins or ZOAST perimeters)</source>
        <translation>Pages de l'atlas (bassins ou périmètres ZOAST)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="85" />
        <source>One page per polygon: the BASINS output of zoast:delineatebasins or the perimeters of zoast:agreementperimeters.</source>
        <translation>Une page par polygone : la sortie BASINS de zoast:delineatebasins ou les périmètres de zoast:agreementperimeters.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="92" />
        <source>Page name field</source>
        <translation>Champ du nom de page</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="92" />
        <source>Title of each page. Empty: the first of name, hub_name, name_fr, name_nl, zoast_code, basin_id the layer has.</source>
        <translation>Titre de chaque page. Vide : le premier des champs name, hub_name, name_fr, name_nl, zoast_code, basin_id présent dans la couche.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="325" />
        <source>Units with gap classes</source>
        <translation>Communes avec classes de carence</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="98" />
        <source>The Care gaps output of zoast:gaps (fields gap_class and severity; with a national-only accessibility also severity_national, shortfall_fte_national and severity_change).</source>
        <translation>La sortie Carences de soins de zoast:gaps (champs gap_class et severity ; avec une accessibilité nationale seule, également severity_national, shortfall_fte_national et severity_change).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="104" />
        <source>Unique id of each unit, named in error messages.</source>
        <translation>Identifiant unique de chaque unité, cité dans les messages d'erreur.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="105" />
        <source>Inhabitants of each unit.</source>
        <translation>Habitants de chaque unité.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="486" />
        <source>Supply points</source>
        <translation>Points d'offre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="106" />
        <source>Optional: GP practices or other care supply, drawn on the page maps and counted per page.</source>
        <translation>Facultatif : cabinets de médecine générale ou autre offre de soins, représentés sur les cartes des pages et comptés par page.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="112" />
        <source>Supply capacity field</source>
        <translation>Champ de capacité de l'offre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="112" />
        <source>Optional: capacity of each supply point (e.g. fte), summed per page.</source>
        <translation>Facultatif : capacité de chaque point d'offre (par ex. fte), additionnée par page.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="345" />
        <source>Patient flow lines</source>
        <translation>Lignes de flux de patients</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="117" />
        <source>Optional: the desire lines of zoast:patientflows (fields direction and patients). Cross-border lines (direction other than 'domestic') are drawn and counted: patients living in the page treated across the border, and patients from across the border treated in the page.</source>
        <translation>Facultatif : les lignes de désir de zoast:patientflows (champs direction et patients). Les lignes transfrontalières (direction autre que 'domestic') sont représentées et comptées : patients résidant dans la page soignés de l'autre côté de la frontière, et patients venant de l'autre côté de la frontière soignés dans la page.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="126" />
        <source>Flow patients field</source>
        <translation>Champ des patients des flux</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="126" />
        <source>Patients of each flow line.</source>
        <translation>Patients de chaque ligne de flux.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="427" />
        <source>ZOAST perimeters</source>
        <translation>Périmètres ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="130" />
        <source>Optional: the ZOAST outlines (output of zoast:agreementperimeters), drawn on every map.</source>
        <translation>Facultatif : les contours des ZOAST (sortie de zoast:agreementperimeters), représentés sur chaque carte.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="136" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="226" />
        <source>Cross-border health access diagnosis</source>
        <translation>Diagnostic de l'accès transfrontalier aux soins</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="136" />
        <source>Title of the cover page.</source>
        <translation>Titre de la page de couverture.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="141" />
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="141" />
        <source>Units and population</source>
        <translation>Unités et population</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="141" />
        <source>Population per gap severity (national supply only)</source>
        <translation>Population par gravité de carence (offre nationale seule)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="141" />
        <source>Shortfall in FTE and what the border saves</source>
        <translation>Déficit en ETP et déficit évité grâce à la frontière</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="141" />
        <source>Units whose severity the border changes</source>
        <translation>Unités dont la frontière modifie la sévérité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="141" />
        <source>Cross-border patients</source>
        <translation>Patients transfrontaliers</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="141" />
        <source>Figures in the table of each page, computed from the units whose point on surface lies in the page's polygon (the cover sums the whole region). A figure whose input is missing is left out.</source>
        <translation>Chiffres du tableau de chaque page, calculés à partir des unités dont le point sur la surface se situe dans le polygone de la page (la page de couverture totalise l'ensemble du territoire d'étude). Un chiffre dont l'entrée est manquante est omis.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="156" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="156" />
        <source>Footer text naming the data sources. Empty: the names of the input layers and today's date.</source>
        <translation>Texte du pied de page citant les sources des données. Vide : les noms des couches d'entrée et la date du jour.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="161" />
        <source>Resolution (dpi)</source>
        <translation>Résolution (ppp)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="161" />
        <source>Resolution of the PNG maps and of the rasterised parts of the PDF.</source>
        <translation>Résolution des cartes PNG et des parties rastérisées du PDF.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="170" />
        <source>Report (PDF)</source>
        <translation>Rapport (PDF)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="170" />
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="170" />
        <source>The A4 landscape PDF: a cover page, then one page per polygon of the atlas pages.</source>
        <translation>Le PDF au format A4 paysage : une page de couverture, puis une page par polygone des pages de l'atlas.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="175" />
        <source>Folder for PNG pages</source>
        <translation>Dossier des pages PNG</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="177" />
        <source>Optional: also write each page as a PNG image (cover.png, page_01_&lt;name&gt;.png…), e.g. for a web page or a slide.</source>
        <translation>Facultatif : écrire aussi chaque page sous forme d'image PNG (cover.png, page_01_&lt;name&gt;.png…), par ex. pour une page web ou une diapositive.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="182" />
        <source>Number of pages</source>
        <translation>Nombre de pages</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="230" />
        <source>Reading the layers…</source>
        <translation>Lecture des couches…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="297" />
        <source>Atlas pages</source>
        <translation>Pages de l'atlas</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="278" />
        <source>Cancelled by the user.</source>
        <translation>Annulé par l'utilisateur.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="274" />
        <source>Laying out {count} pages…</source>
        <translation>Mise en page de {count} pages…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="194" />
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="212" />
        <source>Could not write the PDF {path} ({error}). Check that the folder is writable and the file is not open in another program.</source>
        <translation>Impossible d'écrire le PDF {path} ({error}). Vérifiez que le dossier est accessible en écriture et que le fichier n'est pas ouvert dans un autre programme.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="219" />
        <source>Report written: {path} ({count} pages).</source>
        <translation>Rapport écrit : {path} ({count} pages).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="300" />
        <source>Layer 'Atlas pages' has no polygon with a geometry ({skipped} without). Choose the basins or ZOAST perimeters to make one page of each.</source>
        <translation>La couche 'Pages de l'atlas' ne contient aucun polygone doté d'une géométrie ({skipped} sans géométrie). Choisissez les bassins ou les périmètres ZOAST pour produire une page pour chacun.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="304" />
        <source>Layer 'Atlas pages': {count} polygon(s) with no geometry or an invalid one, first ids: {ids}. Repair or remove them.</source>
        <translation>Couche 'Pages de l'atlas' : {count} polygone(s) sans géométrie ou à la géométrie invalide, premiers identifiants : {ids}. Réparez-les ou supprimez-les.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="313" />
        <source>Page {n}</source>
        <translation>Page {n}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="328" />
        <source>{count} unit(s) without a geometry are left out of the figures.</source>
        <translation>{count} unité(s) sans géométrie exclue(s) des chiffres.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="439" />
        <source>Cross-border patient flows</source>
        <translation>Flux de patients transfrontaliers</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="453" />
        <source>Inhabitants in severe shortage</source>
        <translation>Habitants en pénurie sévère</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="454" />
        <source>Inhabitants in shortage</source>
        <translation>Habitants en pénurie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="455" />
        <source>Inhabitants without shortage</source>
        <translation>Habitants sans pénurie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="456" />
        <source>Inhabitants not judged</source>
        <translation>Habitants non évalués</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="464" />
        <source>Units (communes)</source>
        <translation>Unités (communes)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="465" />
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="475" />
        <source>Shortfall (FTE GPs)</source>
        <translation>Déficit (ETP de médecins généralistes)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="478" />
        <source>Shortfall the border saves (FTE)</source>
        <translation>Déficit évité grâce à la frontière (ETP)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="481" />
        <source>Units the border improves (inhabitants)</source>
        <translation>Unités améliorées par la frontière (habitants)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="483" />
        <source>Units the border worsens (inhabitants)</source>
        <translation>Unités dégradées par la frontière (habitants)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="488" />
        <source>Supply capacity (FTE)</source>
        <translation>Capacité de l'offre (ETP)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="490" />
        <source>Residents treated across the border</source>
        <translation>Résidents soignés sur l'autre versant</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="491" />
        <source>Patients received from across the border</source>
        <translation>Patients venus de l'autre versant</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="208" />
        <source>the file cannot be created</source>
        <translation>le fichier ne peut pas être créé</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="208" />
        <source>export error {code}</source>
        <translation>erreur d'export {code}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="141" />
        <source>Population per official gap severity</source>
        <translation>Population par gravité officielle de carence</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="422" />
        <source>Official gap classes</source>
        <translation>Classes officielles de carence</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="286" />
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="255" />
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="367" />
        <source>State border</source>
        <translation>Frontière d'État</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="377" />
        <source>Main towns</source>
        <translation>Principales villes</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="397" />
        <source>Data: {layers}. Computed with the ZOAST plugin for QGIS.</source>
        <translation>Données : {layers}. Calculé avec l'extension ZOAST pour QGIS.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/report.py" line="400" />
        <source>Partly synthetic data (field 'synthetic'): {layers}.</source>
        <translation>Données en partie synthétiques (champ « synthetic ») : {layers}.</translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <location filename="../zoast_plugin/processing/report_layout.py" line="284" />
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_layout.py" line="318" />
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_layout.py" line="318" />
        <source>With ZOAST</source>
        <translation>Avec ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_layout.py" line="318" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_layout.py" line="320" />
        <source>National only</source>
        <translation>Sans ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_layout.py" line="353" />
        <source>page {n} of {total}</source>
        <translation>page {n} sur {total}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_layout.py" line="377" />
        <source>Method. Official classes: each commune or municipality is judged by its own country's rule on its official indicator (France: APL per territoire de vie-santé, potential ZIP/ZAC, the ARS decides; Wallonia: FTE GPs in the municipality, Impulseo; Flanders: GPs under 65 in the municipality, Departement Zorg). The border rows are analytical: the ZOAST redistributes the same GP supply. Each page sums the units whose point on surface lies in its outline; the shortfall (France in FTE-equivalents) is a local estimate.</source>
        <translation>Méthode. Classes officielles : chaque commune est évaluée selon la règle de son pays, sur son indicateur officiel (France : APL par territoire de vie-santé, ZIP/ZAC potentielles, l'ARS décide ; Wallonie : ETP de médecins généralistes dans la commune, Impulseo ; Flandre : médecins de moins de 65 ans dans la commune, Departement Zorg). Les lignes frontière sont analytiques : la ZOAST redistribue la même offre de médecins. Chaque page additionne les unités dont le point intérieur est dans son contour ; le déficit (France en équivalents ETP) est une estimation locale.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_layout.py" line="384" />
        <source>Whole region</source>
        <translation>Ensemble du territoire d'étude</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_layout.py" line="392" />
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_layout.py" line="426" />
        <source>Cancelled by the user.</source>
        <translation>Annulé par l'utilisateur.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_layout.py" line="430" />
        <source>Could not write the image {path}. Check that the folder is writable.</source>
        <translation>Impossible d'écrire l'image {path}. Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>ScenarioAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="48" />
        <source>What-if scenario (supply, retirements, ZOAST members)</source>
        <translation>Scénario (offre, départs à la retraite, membres de ZOAST)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="52" />
        <source>Basin field (summary)</source>
        <translation>Champ du bassin de soins (résumé)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="52" />
        <source>Optional: a health basin code; the summary then has a row per basin.</source>
        <translation>Facultatif : un code de bassin de soins ; le résumé a alors une ligne par bassin.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="188" />
        <source>Scenario: supply points added</source>
        <translation>Scénario : points d'offre ajoutés</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="59" />
        <source>New practices, with the same id, capacity and country fields as the supply layer.</source>
        <translation>Nouveaux cabinets, avec les mêmes champs d'identifiant, de capacité et de pays que la couche d'offre.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="352" />
        <source>Scenario: supply points removed</source>
        <translation>Scénario : points d'offre supprimés</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="65" />
        <source>A table (or layer) of the ids of the supply points that close.</source>
        <translation>Une table (ou couche) des identifiants des points d'offre qui ferment.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="71" />
        <source>Removed: supply id field</source>
        <translation>Supprimés : champ d'identifiant de l'offre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="71" />
        <source>Supply id in the table of removed points.</source>
        <translation>Identifiant du point d'offre dans la table des points supprimés.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="204" />
        <source>Scenario: capacity changes</source>
        <translation>Scénario : changements de capacité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="73" />
        <source>A table of supply id and new capacity (e.g. a practice taking on a second GP).</source>
        <translation>Une table d'identifiants d'offre et de nouvelles capacités (par exemple un cabinet qui accueille un second médecin).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="79" />
        <source>Changes: supply id field</source>
        <translation>Changements : champ d'identifiant de l'offre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="79" />
        <source>Supply id in the table of capacity changes.</source>
        <translation>Identifiant du point d'offre dans la table des changements de capacité.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="82" />
        <source>Changes: new capacity field</source>
        <translation>Changements : champ de la nouvelle capacité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="82" />
        <source>The new capacity of the point.</source>
        <translation>La nouvelle capacité du point.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="85" />
        <source>Scenario: retirements by this year (0 = none)</source>
        <translation>Scénario : départs à la retraite d'ici cette année (0 = aucun)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="93" />
        <source>Retirement age</source>
        <translation>Âge de départ à la retraite</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="93" />
        <source>Age at which a GP is assumed to stop. Illustrative default 67: many GPs work longer.</source>
        <translation>Âge auquel un médecin est supposé cesser son activité. Valeur par défaut illustrative 67 : beaucoup de médecins travaillent plus longtemps.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="99" />
        <source>Supply: GP age field</source>
        <translation>Offre : champ d'âge du médecin</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="99" />
        <source>Age of the GP in the reference year.</source>
        <translation>Âge du médecin l'année de référence.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="101" />
        <source>Supply: GP birth-year field</source>
        <translation>Offre : champ d'année de naissance du médecin</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="101" />
        <source>Year of birth of the GP (used instead of the age when given).</source>
        <translation>Année de naissance du médecin (utilisée à la place de l'âge si elle est fournie).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="104" />
        <source>Year of the ages</source>
        <translation>Année des âges</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="104" />
        <source>The year the age field refers to.</source>
        <translation>L'année à laquelle se rapporte le champ d'âge.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="111" />
        <source>Scenario: agreement members added</source>
        <translation>Scénario : membres de convention ajoutés</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="111" />
        <source>Rows of agreement code and unit id (same fields as the members table) that join a ZOAST: extend or merge an agreement without touching the store.</source>
        <translation>Lignes de code de convention et d'identifiant d'unité (mêmes champs que la table des membres) qui rejoignent une ZOAST : étendre ou fusionner une convention sans toucher au magasin.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="118" />
        <source>Scenario: agreement members removed</source>
        <translation>Scénario : membres de convention retirés</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="118" />
        <source>Rows of agreement code and unit id (same fields as the members table) that leave a ZOAST.</source>
        <translation>Lignes de code de convention et d'identifiant d'unité (mêmes champs que la table des membres) qui quittent une ZOAST.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="124" />
        <source>Scenario difference per unit</source>
        <translation>Différence du scénario par unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="137" />
        <source>Scenario summary</source>
        <translation>Résumé du scénario</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Supply points added</source>
        <translation>Points d'offre ajoutés</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Supply points removed</source>
        <translation>Points d'offre supprimés</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Supply points with a new capacity</source>
        <translation>Points d'offre avec une nouvelle capacité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>GPs retiring by the horizon</source>
        <translation>Médecins partant à la retraite d'ici l'horizon</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>GPs without an age (kept)</source>
        <translation>Médecins sans âge (gardés)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Agreement members added</source>
        <translation>Membres de convention ajoutés</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Agreement members removed</source>
        <translation>Membres de convention retirés</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Features skipped (no geometry)</source>
        <translation>Entités écartées (sans géométrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="180" />
        <source>Reading the layers…</source>
        <translation>Lecture des couches…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="181" />
        <source>Supply points (baseline)</source>
        <translation>Points d'offre (situation de référence)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="213" />
        <source>Retirements by {year} need the GPs' age or birth-year field (AGE_FIELD or BIRTH_YEAR_FIELD).</source>
        <translation>Les départs à la retraite d'ici {year} demandent le champ d'âge ou d'année de naissance des médecins (AGE_FIELD ou BIRTH_YEAR_FIELD).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="221" />
        <source>{count} GP(s) have no age: they are kept in the scenario.</source>
        <translation>{count} médecin(s) sans âge : ils sont gardés dans le scénario.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="239" />
        <source>Travel costs…</source>
        <translation>Calcul des temps de trajet…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="253" />
        <source>Baseline…</source>
        <translation>Situation de référence…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="256" />
        <source>Scenario…</source>
        <translation>Scénario…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="273" />
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="276" />
        <source>Writing the outputs…</source>
        <translation>Écriture des sorties…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="85" />
        <source>GPs who reach the retirement age by this year are removed (needs an age or birth-year field). For the official Flemish rule, GPs who turn 65 by then are no longer counted, even if they keep working.</source>
        <translation>Les médecins qui atteignent l'âge de départ d'ici cette année sont retirés (il faut un champ d'âge ou d'année de naissance). Pour la règle officielle flamande, les médecins qui ont atteint 65 ans d'ici là ne sont plus comptés, même s'ils exercent encore.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="124" />
        <source>The units with, first, the official classes (each country's rule on its official indicator, as zoast:gaps): indicator_before/after/change (France: APL with French supply only, the TVS mean when a TVS field is given; Wallonia: FTE located in the municipality per 100,000; Flanders: GPs under 65 located in it per 100,000), class_before/after and their labels, severity_before/after, class_changed, severity_change (&gt; 0: less severe), shortfall_before/after/change and shortfall_unit. Then the analytical classes on the accessibility with the border mode: an_access_before/after/change, an_class_before/after and their labels, an_severity_before/after, an_class_changed, an_severity_change, an_shortfall_before/after/change. ZOAST member edits change only the analytical classes.</source>
        <translation>Les unités avec, d'abord, les classes officielles (la règle de chaque pays sur son indicateur officiel, comme zoast:gaps) : indicator_before/after/change (France : APL avec l'offre française seule, la moyenne du TVS quand un champ TVS est donné ; Wallonie : ETP installés dans la commune pour 100 000 ; Flandre : médecins de moins de 65 ans installés dans la commune pour 100 000), class_before/after et leurs libellés, severity_before/after, class_changed, severity_change (&gt; 0 : moins sévère), shortfall_before/after/change et shortfall_unit. Puis les classes analytiques sur l'accessibilité avec le mode frontière : an_access_before/after/change, an_class_before/after et leurs libellés, an_severity_before/after, an_class_changed, an_severity_change, an_shortfall_before/after/change. Les modifications des membres de ZOAST ne changent que les classes analytiques.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="137" />
        <source>Per variant (official, analytical), level (country, basin, ZOAST, ALL), group and class: units and inhabitants before and after, inhabitants leaving and entering the class, shortfall before, after and change; a row ALL per group.</source>
        <translation>Par variante (officielle, analytique), niveau (pays, bassin, ZOAST, ALL), groupe et classe : unités et habitants avant et après, habitants qui quittent et qui rejoignent la classe, déficit avant, après et son évolution ; une ligne ALL par groupe.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Official shortfall, baseline (FTE, GPs and French FTE-equivalents)</source>
        <translation>Déficit officiel, situation de référence (ETP, médecins et équivalents ETP français)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Official shortfall, scenario (FTE, GPs and French FTE-equivalents)</source>
        <translation>Déficit officiel, scénario (ETP, médecins et équivalents ETP français)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Units whose official class improves</source>
        <translation>Unités dont la classe officielle s'améliore</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Units whose official class worsens</source>
        <translation>Unités dont la classe officielle se dégrade</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Inhabitants whose official class changes</source>
        <translation>Habitants dont la classe officielle change</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Analytical shortfall, baseline (FTE and FTE-equivalents)</source>
        <translation>Déficit analytique, situation de référence (ETP et équivalents ETP)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Analytical shortfall, scenario (FTE and FTE-equivalents)</source>
        <translation>Déficit analytique, scénario (ETP et équivalents ETP)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Units whose analytical class improves</source>
        <translation>Unités dont la classe analytique s'améliore</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Units whose analytical class worsens</source>
        <translation>Unités dont la classe analytique se dégrade</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="145" />
        <source>Inhabitants whose analytical class changes</source>
        <translation>Habitants dont la classe analytique change</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="245" />
        <source>No territoire de vie-santé field: French communes are judged on their own APL. The French zoning judges the population-weighted mean APL of each TVS: give the TVS field (TVS_FIELD).</source>
        <translation>Pas de champ territoire de vie-santé : les communes françaises sont jugées sur leur propre APL. Le zonage français juge l'APL moyenne de chaque TVS, pondérée par la population : donnez le champ TVS (TVS_FIELD).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="250" />
        <source>No GP age: the official Flemish rule counts every GP located in the municipality, not only those under 65. Give GP_OVER_65_FIELD, AGE_FIELD or BIRTH_YEAR_FIELD.</source>
        <translation>Pas d'âge des médecins : la règle officielle flamande compte tous les médecins installés dans la commune, pas seulement ceux de moins de 65 ans. Donnez GP_OVER_65_FIELD, AGE_FIELD ou BIRTH_YEAR_FIELD.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="305" />
        <source>Analytical shortfall (accessibility with the border mode): {before} FTE in the baseline, {after} FTE in the scenario.</source>
        <translation>Déficit analytique (accessibilité avec le mode frontière) : {before} ETP dans la situation de référence, {after} ETP dans le scénario.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/scenario.py" line="319" />
        <source>Official, {rule}: {worse} inhabitant(s) in a more severe class, {better} in a less severe one; shortfall {before} → {after} {unit}.</source>
        <translation>Officiel, {rule} : {worse} habitant(s) dans une classe plus sévère, {better} dans une classe moins sévère ; déficit {before} → {after} {unit}.</translation>
    </message>
</context>
<context>
    <name>SitingAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="61" />
        <source>Where to open new practices (siting)</source>
        <translation>Où ouvrir de nouveaux cabinets (implantation)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="64" />
        <source>Territorial units (communes)</source>
        <translation>Unités territoriales (communes)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="64" />
        <source>Communes or other units, as points or polygons (polygons use their point on surface).</source>
        <translation>Communes ou autres unités, sous forme de points ou de polygones (pour les polygones, leur point sur la surface est utilisé).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="69" />
        <source>Unique id of each unit, e.g. FR:59350 or BE:57081.</source>
        <translation>Identifiant unique de chaque unité, par ex. FR:59350 ou BE:57081.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="70" />
        <source>Demand field (population)</source>
        <translation>Champ de demande (population)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="70" />
        <source>Inhabitants (or standardised need) of each unit: the demand to cover.</source>
        <translation>Habitants (ou besoin standardisé) de chaque unité : la demande à couvrir.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="325" />
        <source>Candidate sites</source>
        <translation>Sites candidats</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="73" />
        <source>Points where new supply could open (vacant premises, health centre projects…). Without it, a regular grid over the units is used (GRID_SPACING).</source>
        <translation>Points où une nouvelle offre pourrait s'installer (locaux vacants, projets de maison de santé…). À défaut, une grille régulière sur les unités est utilisée (GRID_SPACING).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="80" />
        <source>Candidate id field</source>
        <translation>Champ d'identifiant des candidats</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="80" />
        <source>Unique id of each candidate site.</source>
        <translation>Identifiant unique de chaque site candidat.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="82" />
        <source>Grid spacing when no candidates are given (m)</source>
        <translation>Pas de la grille sans couche de candidats (m)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="82" />
        <source>Without a candidates layer, candidates are the centres of a regular grid of this spacing, kept inside the unit polygons (or near the unit points).</source>
        <translation>Sans couche de candidats, les candidats sont les centres d'une grille régulière de ce pas, gardés à l'intérieur des polygones des unités (ou près des points des unités).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="354" />
        <source>Existing supply points</source>
        <translation>Points d'offre existants</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="89" />
        <source>Optional: the supply already there, kept fixed. Coverage: demand within the cut-off of one of these points is already covered. Shortfall: their capacity gives the access before.</source>
        <translation>Facultatif : l'offre déjà en place, gardée fixe. Couverture : la demande dont le temps de trajet jusqu'à l'un de ces points ne dépasse pas le seuil est déjà couverte. Déficit : leur capacité donne l'accessibilité avant.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="96" />
        <source>Supply id field</source>
        <translation>Champ d'identifiant de l'offre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="96" />
        <source>Unique id of each supply point.</source>
        <translation>Identifiant unique de chaque point d'offre.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="98" />
        <source>Capacity field</source>
        <translation>Champ de capacité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="98" />
        <source>Supply of each existing point, in the same unit as the new capacity (FTE).</source>
        <translation>Offre de chaque point existant, dans la même unité que la nouvelle capacité (ETP).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="101" />
        <source>Supply country field</source>
        <translation>Champ du pays de l'offre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="101" />
        <source>FR or BE for each supply point (border modes 0 and 1).</source>
        <translation>FR ou BE pour chaque point d'offre (modes frontière 0 et 1).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="103" />
        <source>Number of sites to choose</source>
        <translation>Nombre de sites à choisir</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="103" />
        <source>How many new sites to open. Fewer are chosen when the others would add nothing.</source>
        <translation>Combien de nouveaux sites ouvrir. Moins sont choisis quand les autres n'apporteraient rien.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="108" />
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="108" />
        <source>Coverage: maximise the demand within the cut-off (MCLP)</source>
        <translation>Couverture : maximiser la demande à moins du temps de trajet maximal (MCLP)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="108" />
        <source>Shortfall: minimise the total shortfall under each country's rule</source>
        <translation>Déficit : minimiser le déficit total selon la règle de chaque pays</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="131" />
        <source>Exact solution (coverage only)</source>
        <translation>Solution exacte (couverture seulement)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="131" />
        <source>Solve the coverage problem exactly as an integer program (HiGHS). Otherwise, or for the shortfall objective, a lazy greedy choice (at least 63 % of the optimum, usually far more).</source>
        <translation>Résoudre exactement le problème de couverture comme un programme en nombres entiers (HiGHS). Sinon, ou pour l'objectif de déficit, un choix glouton paresseux (au moins 63 % de l'optimum, en général bien plus).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="137" />
        <source>Exact solver time limit (seconds)</source>
        <translation>Limite de temps de la résolution exacte (secondes)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="137" />
        <source>Past this time the exact solver returns the best choice found, marked as not proven optimal (output OPTIMAL = 0).</source>
        <translation>Passé ce temps, la résolution exacte rend le meilleur choix trouvé, marqué comme non prouvé optimal (sortie OPTIMAL = 0).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="145" />
        <source>Capacity of each new site (FTE)</source>
        <translation>Capacité de chaque nouveau site (ETP)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="145" />
        <source>Shortfall objective: the supply each new site brings, in the unit of the capacity field.</source>
        <translation>Objectif de déficit : l'offre qu'apporte chaque nouveau site, dans l'unité du champ de capacité.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="151" />
        <source>Unit country field</source>
        <translation>Champ du pays de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="151" />
        <source>FR or BE: decides which rule judges the unit and which supply is across the border.</source>
        <translation>FR ou BE : décide quelle règle juge l'unité et quelle offre est de l'autre côté de la frontière.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="154" />
        <source>Area field (km²)</source>
        <translation>Champ de surface (km²)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="154" />
        <source>Shortfall objective: area of each unit for the Flemish density rule. Without it the area is computed from the polygons.</source>
        <translation>Objectif de déficit : superficie de chaque unité pour la règle de densité flamande. Sans elle, la superficie est calculée à partir des polygones.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="169" />
        <source>Units after the choice</source>
        <translation>Unités après le choix</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="179" />
        <source>Demand covered after the choice</source>
        <translation>Demande couverte après le choix</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="179" />
        <source>Demand covered by the existing supply</source>
        <translation>Demande couverte par l'offre existante</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="179" />
        <source>Total demand</source>
        <translation>Demande totale</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="179" />
        <source>Sites chosen</source>
        <translation>Sites choisis</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="179" />
        <source>Proven optimal (1 yes, 0 no, -1 greedy)</source>
        <translation>Optimum prouvé (1 oui, 0 non, -1 glouton)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="179" />
        <source>Candidates outside the units' extent</source>
        <translation>Candidats hors de l'emprise des unités</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="179" />
        <source>Features skipped (no geometry)</source>
        <translation>Entités écartées (sans géométrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="209" />
        <source>The exact mode is for the coverage objective: the shortfall objective is solved by the lazy greedy.</source>
        <translation>Le mode exact concerne l'objectif de couverture : l'objectif de déficit est résolu par le glouton paresseux.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="213" />
        <source>Reading the layers…</source>
        <translation>Lecture des couches…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="220" />
        <source>Territorial units</source>
        <translation>Unités territoriales</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="244" />
        <source>{count} candidate(s) lie outside the units' extent, first ids: {ids}. They can only serve units within the cut-off.</source>
        <translation>{count} candidat(s) hors de l'emprise des unités, premiers identifiants : {ids}. Ils ne peuvent desservir que des unités dont le temps de trajet ne dépasse pas le seuil.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="247" />
        <source>Travel costs…</source>
        <translation>Calcul des temps de trajet…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="264" />
        <source>{pairs} unit–candidate pairs within {minutes} minutes.</source>
        <translation>{pairs} couples unité–candidat à {minutes} minutes au plus.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="266" />
        <source>Choosing the sites…</source>
        <translation>Choix des sites…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="283" />
        <source>Only {chosen} of the {asked} sites add anything: the other candidates reach no demand left to serve.</source>
        <translation>Seuls {chosen} des {asked} sites apportent quelque chose : les autres candidats n'atteignent plus aucune demande à desservir.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="287" />
        <source>The exact solver reached its time limit: the choice is the best found, not proven optimal.</source>
        <translation>La résolution exacte a atteint sa limite de temps : le choix est le meilleur trouvé, sans preuve d'optimalité.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="290" />
        <source>Writing the outputs…</source>
        <translation>Écriture des sorties…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="303" />
        <source>Shortfall {before} FTE before, {after} FTE after.</source>
        <translation>Déficit : {before} ETP avant, {after} ETP après.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="307" />
        <source>Demand covered: {before} before, {after} after, of {total}.</source>
        <translation>Demande couverte : {before} avant, {after} après, sur {total}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="331" />
        <source>Give a candidate sites layer (CANDIDATES) or a grid spacing above 0 (GRID_SPACING).</source>
        <translation>Fournissez une couche de sites candidats (CANDIDATES) ou un pas de grille supérieur à 0 (GRID_SPACING).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="335" />
        <source>{count} grid candidates every {spacing} m.</source>
        <translation>{count} candidats sur une grille de {spacing} m.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="108" />
        <source>Coverage: maximal covering location; demand already within reach of existing supply counts as covered. Shortfall: the FTE missing to reach each country's adequacy threshold, recomputed after each choice, official or analytical (SHORTFALL_RULE).</source>
        <translation>Couverture : localisation à couverture maximale ; la demande déjà à portée de l'offre existante compte comme couverte. Déficit : les ETP manquants pour atteindre le seuil d'adéquation de chaque pays, recalculé après chaque choix, officiel ou analytique (SHORTFALL_RULE).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="118" />
        <source>Shortfall objective: which shortfall</source>
        <translation>Objectif de déficit : quel déficit</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="118" />
        <source>Official: each country's rule on its official indicator</source>
        <translation>Officiel : la règle de chaque pays sur son indicateur officiel</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="118" />
        <source>Analytical: the accessibility with the border mode</source>
        <translation>Analytique : l'accessibilité avec le mode frontière</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="118" />
        <source>Official (as zoast:gaps): France on the APL with French supply only, the TVS mean when a TVS field is given (shortfall in FTE-equivalents to APL 4); Wallonia on the FTE located in the municipality (to 90 per 100,000); Flanders on the GPs under 65 located in it (to 90, or 120 below 125 inhabitants/km²): a Belgian site counts only for the municipality it lies in. Analytical: each unit's accessibility with the border mode and the cross-border weight, judged by the same thresholds.</source>
        <translation>Officiel (comme zoast:gaps) : la France sur l'APL avec l'offre française seule, la moyenne du TVS quand un champ TVS est donné (déficit en équivalents ETP jusqu'à l'APL 4) ; la Wallonie sur les ETP installés dans la commune (jusqu'à 90 pour 100 000) ; la Flandre sur les médecins de moins de 65 ans installés dans la commune (jusqu'à 90, ou 120 sous 125 habitants/km²) : un site belge ne compte que pour la commune où il se trouve. Analytique : l'accessibilité de chaque unité avec le mode frontière et le poids transfrontalier, jugée avec les mêmes seuils.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="160" />
        <source>The candidates with selected (true/false), rank (order chosen, 1…N, empty when not chosen), gain (demand newly covered, or shortfall FTE removed, when chosen; for the others, what they would still add to the choice) and objective (covered_demand, official_shortfall or analytical_shortfall: what the gain counts).</source>
        <translation>Les candidats avec selected (vrai/faux), rank (ordre du choix, 1…N, vide s'il n'est pas choisi), gain (demande nouvellement couverte, ou ETP de déficit comblés, quand il est choisi ; pour les autres, ce qu'ils apporteraient encore au choix) et objective (covered_demand, official_shortfall ou analytical_shortfall : ce que compte le gain).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="169" />
        <source>Optional: the units with covered (0 not covered, 1 by existing supply, 2 by the new sites) for the coverage objective. Official shortfall: rule, zone (the TVS or the unit), indicator_before/after (APL, the TVS mean; FTE or GPs under 65 located in the municipality per 100,000), shortfall_before/after (the unit's share of its zone's) and shortfall_unit. Analytical shortfall: an_access_before/after and an_shortfall_before/after (FTE).</source>
        <translation>Facultatif : les unités avec covered (0 non couverte, 1 par l'offre existante, 2 par les nouveaux sites) pour l'objectif de couverture. Déficit officiel : rule, zone (le TVS ou l'unité), indicator_before/after (APL, moyenne du TVS ; ETP ou médecins de moins de 65 ans installés dans la commune pour 100 000), shortfall_before/after (la part de l'unité dans le déficit de sa zone) et shortfall_unit. Déficit analytique : an_access_before/after et an_shortfall_before/after (ETP).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="179" />
        <source>Total shortfall before (official or analytical, see SHORTFALL_RULE)</source>
        <translation>Déficit total avant (officiel ou analytique, voir SHORTFALL_RULE)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="179" />
        <source>Total shortfall after (official or analytical, see SHORTFALL_RULE)</source>
        <translation>Déficit total après (officiel ou analytique, voir SHORTFALL_RULE)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="415" />
        <source>Analytical shortfall: each unit's accessibility with the border mode, judged by its country's thresholds (not the official rules).</source>
        <translation>Déficit analytique : l'accessibilité de chaque unité avec le mode frontière, jugée avec les seuils de son pays (pas les règles officielles).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="426" />
        <source>No territoire de vie-santé field: French communes are judged on their own APL. The French zoning judges the population-weighted mean APL of each TVS: give the TVS field (TVS_FIELD).</source>
        <translation>Pas de champ territoire de vie-santé : les communes françaises sont jugées sur leur propre APL. Le zonage français juge l'APL moyenne de chaque TVS, pondérée par la population : donnez le champ TVS (TVS_FIELD).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="467" />
        <source>No GP age field: the official Flemish rule counts every GP located in the municipality, not only those under 65. Give GP_OVER_65_FIELD.</source>
        <translation>Pas de champ d'âge des médecins : la règle officielle flamande compte tous les médecins installés dans la commune, pas seulement ceux de moins de 65 ans. Donnez GP_OVER_65_FIELD.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/siting.py" line="482" />
        <source>Official shortfall, {rule}: {before} → {after} {unit}.</source>
        <translation>Déficit officiel, {rule} : {before} → {after} {unit}.</translation>
    </message>
</context>
<context>
    <name>SupplyInventoryAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="67" />
        <source>Supply inventory per unit (counts, capacity, density)</source>
        <translation>Inventaire de l'offre par unité (nombre, capacité, densité)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="70" />
        <source>Supply point layers</source>
        <translation>Couches de points d'offre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="70" />
        <source>One or more point layers of care supply (e.g. the outputs of zoast:importfiness and zoast:importpoints, GP practices, hospitals), in any CRS.</source>
        <translation>Une ou plusieurs couches de points d'offre de soins (par ex. les sorties de zoast:importfiness et zoast:importpoints, cabinets de médecine générale, hôpitaux), dans n'importe quel SCR.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="77" />
        <source>Supply id field</source>
        <translation>Champ d'identifiant de l'offre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="77" />
        <source>Id field of the supply layers, used to name points in the unmatched output and in messages. A layer without it is named by its feature ids.</source>
        <translation>Champ d'identifiant des couches d'offre, utilisé pour désigner les points dans la sortie des points non rattachés et dans les messages. Les points d'une couche qui en est dépourvue sont désignés par leurs identifiants d'entité.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="83" />
        <source>Category field</source>
        <translation>Champ de catégorie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="83" />
        <source>Field of the supply layers holding the ZOAST category (gp, hospital…). A layer without it, or a point with an empty category, is an error unless a default category is given.</source>
        <translation>Champ des couches d'offre contenant la catégorie ZOAST (gp, hospital…). Une couche qui en est dépourvue, ou un point de catégorie vide, constitue une erreur sauf si une catégorie par défaut est indiquée.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="89" />
        <source>Default category</source>
        <translation>Catégorie par défaut</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="89" />
        <source>Optional: category of the points of layers without the category field and of points with an empty category (e.g. gp for a layer of GP practices).</source>
        <translation>Facultatif : catégorie des points des couches dépourvues du champ de catégorie et des points de catégorie vide (par ex. gp pour une couche de cabinets de médecine générale).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="95" />
        <source>Capacity fields (comma-separated)</source>
        <translation>Champs de capacité (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="95" />
        <source>Numeric fields summed per unit and category where a layer has them (full-time equivalents, beds…); a layer without one counts 0 for it. Empty values are an error.</source>
        <translation>Champs numériques additionnés par unité et par catégorie lorsqu'une couche les possède (équivalents temps plein, lits…) ; une couche dépourvue de l'un d'eux compte 0 pour ce champ. Les valeurs vides constituent une erreur.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="102" />
        <source>Categories to write (comma-separated)</source>
        <translation>Catégories à écrire (séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="102" />
        <source>Optional: the category columns to write, in this order, even when a category has no point, so that field names stay the same from run to run (e.g. gp,hospital,pharmacy). Empty: the categories present, sorted. A point of a category not listed is an error.</source>
        <translation>Facultatif : les colonnes de catégories à écrire, dans cet ordre, même lorsqu'une catégorie n'a aucun point, afin que les noms de champs restent identiques d'une exécution à l'autre (par ex. gp,hospital,pharmacy). Vide : les catégories présentes, triées. Un point d'une catégorie non listée constitue une erreur.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="111" />
        <source>Territorial units (communes)</source>
        <translation>Unités territoriales (communes)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="111" />
        <source>Communes and municipalities on both sides of the border, as polygons, with their population.</source>
        <translation>Communes des deux côtés de la frontière, sous forme de polygones, avec leur population.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="117" />
        <source>Unique id of each unit, e.g. FR:59350 or BE:57081.</source>
        <translation>Identifiant unique de chaque unité, par ex. FR:59350 ou BE:57081.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="118" />
        <source>Inhabitants of each unit, for the densities per 10,000 inhabitants.</source>
        <translation>Habitants de chaque unité, pour les densités pour 10 000 habitants.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="120" />
        <source>Group field</source>
        <translation>Champ de regroupement</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="120" />
        <source>Optional: sum the inventory by this field of the units in the summary table, e.g. a health basin, a ZOAST code or the country.</source>
        <translation>Facultatif : totaliser l'inventaire selon ce champ des unités dans la table récapitulative, par ex. un bassin de soins, un code ZOAST ou le pays.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="123" />
        <source>Tolerance (metres)</source>
        <translation>Tolérance (mètres)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="123" />
        <source>A point in no unit (on the coast, across a generalised border) is counted in the nearest unit within this distance; farther points are listed in the unmatched output. Default 500 m: geocoded addresses and generalised commune outlines disagree by up to a few hundred metres.</source>
        <translation>Un point situé dans aucune unité (sur le littoral, de l'autre côté d'une frontière généralisée) est compté dans l'unité la plus proche située à cette distance au plus ; les points plus éloignés sont listés dans la sortie des points non rattachés. Par défaut 500 m : les adresses géocodées et les contours généralisés des communes peuvent diverger de quelques centaines de mètres.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="133" />
        <source>Supply inventory</source>
        <translation>Inventaire de l'offre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="133" />
        <source>The units with their fields and, per category c (and total): n_c (points), &lt;capacity&gt;_c (sum of each capacity field, e.g. fte_gp), d10k_c (points per 10,000 inhabitants) and d10k_&lt;capacity&gt;_c; densities are empty where the population is 0.</source>
        <translation>Les unités avec leurs champs et, par catégorie c (et au total) : n_c (points), &lt;capacity&gt;_c (somme de chaque champ de capacité, par ex. fte_gp), d10k_c (points pour 10 000 habitants) et d10k_&lt;capacity&gt;_c ; les densités sont vides lorsque la population vaut 0.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="141" />
        <source>Inventory summary</source>
        <translation>Récapitulatif de l'inventaire</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="141" />
        <source>One row per group (one row ALL without a group field): n_units, population and the same fields, densities computed from the group's population.</source>
        <translation>Une ligne par groupe (une ligne ALL sans champ de regroupement) : n_units, population et les mêmes champs, densités calculées à partir de la population du groupe.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="148" />
        <source>Unmatched supply points</source>
        <translation>Points d'offre non rattachés</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="148" />
        <source>Points counted in no unit: layer, fid, supply_id, category, reason (outside: farther than the tolerance from every unit; no_geometry) and distance (metres to the nearest unit).</source>
        <translation>Points comptés dans aucune unité : layer, fid, supply_id, category, reason (outside : plus éloigné de toute unité que la tolérance ; no_geometry) et distance (mètres jusqu'à l'unité la plus proche).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="155" />
        <source>Supply points read</source>
        <translation>Points d'offre lus</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="155" />
        <source>Points counted in a unit</source>
        <translation>Points comptés dans une unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="155" />
        <source>Points in no unit (listed)</source>
        <translation>Points hors unité (listés)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="155" />
        <source>Points counted in the nearest unit within the tolerance</source>
        <translation>Points comptés dans l'unité la plus proche, dans la limite de la tolérance</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="155" />
        <source>Units skipped (no geometry)</source>
        <translation>Unités ignorées (sans géométrie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="172" />
        <source>Reading the supply layers…</source>
        <translation>Lecture des couches d'offre…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="174" />
        <source>Reading the units…</source>
        <translation>Lecture des unités…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="178" />
        <source>Territorial units</source>
        <translation>Unités territoriales</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="184" />
        <source>Placing {count} point(s) in {units} unit(s)…</source>
        <translation>Rattachement de {count} point(s) à {units} unité(s)…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="236" />
        <source>Parameter SUPPLY: choose at least one point layer.</source>
        <translation>Paramètre SUPPLY : choisissez au moins une couche de points.</translation>
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
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="296" />
        <source>Capacity field(s) {fields} in none of the supply layers: not written.</source>
        <translation>Champ(s) de capacité {fields} absent(s) de toutes les couches d'offre : non écrit(s).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="349" />
        <source>{points} supply point(s) read: {within} inside a unit, {nearest} in the nearest unit within {tolerance} m, {unmatched} in no unit.</source>
        <translation>{points} point(s) d'offre lu(s) : {within} dans une unité, {nearest} dans l'unité la plus proche à {tolerance} m au plus, {unmatched} hors unité.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="354" />
        <source>Counted per category: {counts}.</source>
        <translation>Nombre par catégorie : {counts}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="358" />
        <source>{count} point(s) in no unit, listed in the unmatched output, first: {ids}.</source>
        <translation>{count} point(s) hors unité, listé(s) dans la sortie des points non rattachés, premiers : {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="291" />
        <source>Parameter SUPPLY: the supply layers have no point (empty layers or selections). Choose layers with points.</source>
        <translation>Paramètre SUPPLY : les couches d'offre n'ont aucun point (couches ou sélections vides). Choisissez des couches avec des points.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="316" />
        <source>Parameter SUPPLY: layer '{layer}' is given twice (the same source as '{first}'); its points would be counted twice. Remove the copy.</source>
        <translation>Paramètre SUPPLY : la couche '{layer}' est donnée deux fois (même source que '{first}') ; ses points seraient comptés deux fois. Retirez la copie.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="325" />
        <source>Parameter SUPPLY_ID_FIELD: no supply layer has a field '{field}' ({count} layer(s): {layers}). Choose an existing field, or leave it empty to use the feature ids.</source>
        <translation>Paramètre SUPPLY_ID_FIELD : aucune couche d'offre n'a de champ '{field}' ({count} couche(s) : {layers}). Choisissez un champ existant, ou laissez-le vide pour utiliser les id d'entité.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/supplyinventory.py" line="330" />
        <source>{count} supply layer(s) have no field '{field}' ({layers}): their points are named by feature id.</source>
        <translation>{count} couche(s) d'offre n'ont pas de champ '{field}' ({layers}) : leurs points sont désignés par leur id d'entité.</translation>
    </message>
</context>
<context>
    <name>WebMapAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="121" />
        <source>Offline web map for patients and partners</source>
        <translation>Carte web hors ligne pour les patients et les partenaires</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="127" />
        <source>Map as of date (YYYY-MM-DD)</source>
        <translation>Carte à la date du (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="128" />
        <source>The agreements and memberships in force on this day are mapped (member since on or before it; with an agreements table, the agreement in force on that day too). Empty: the day of the export.</source>
        <translation>Les conventions et adhésions en vigueur ce jour-là sont cartographiées (membre depuis cette date ou avant ; avec une table des conventions, la convention doit aussi être en vigueur ce jour-là). Vide : le jour de l'export.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="131" />
        <source>Territorial units (communes)</source>
        <translation>Unités territoriales (communes)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="131" />
        <source>Communes and municipalities on both sides of the border, as polygons: searched by name and code, drawn as the background and dissolved into the ZOAST perimeters.</source>
        <translation>Communes des deux côtés de la frontière, en polygones : recherchées par nom et par code, dessinées en fond de carte et fusionnées en périmètres ZOAST.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="137" />
        <source>Unique id of each unit, e.g. FR:59599 or BE:33011; the INSEE or REFNIS code after the colon can be searched.</source>
        <translation>Identifiant unique de chaque unité, par ex. FR:59599 ou BE:33011 ; le code INSEE ou REFNIS après les deux-points peut être recherché.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="140" />
        <source>Unit country field</source>
        <translation>Champ pays de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="140" />
        <source>FR or BE: the side of the border each unit is on.</source>
        <translation>FR ou BE : le versant de la frontière où se trouve chaque unité.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="142" />
        <source>Unit name field</source>
        <translation>Champ nom de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="142" />
        <source>Name of each unit, shown and searched.</source>
        <translation>Nom de chaque unité, affiché et recherché.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="144" />
        <source>Unit Dutch name field</source>
        <translation>Champ nom néerlandais de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="144" />
        <source>Optional: Dutch name (Ieper, Moeskroen…), shown in the Dutch interface and searched.</source>
        <translation>Facultatif : nom néerlandais (Ieper, Moeskroen…), affiché dans l'interface néerlandaise et recherché.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="147" />
        <source>Unit French name field</source>
        <translation>Champ nom français de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="147" />
        <source>Optional: French name (Ypres, Courtrai…), shown in the French interface and searched.</source>
        <translation>Facultatif : nom français (Ypres, Courtrai…), affiché dans l'interface française et recherché.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="150" />
        <source>Unit postcode field</source>
        <translation>Champ code postal de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="150" />
        <source>Optional: postcode(s) of each unit, several separated by ';' or ','; searched.</source>
        <translation>Facultatif : code(s) postal(aux) de chaque unité, séparés par ';' ou ',' ; recherchés.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="293" />
        <source>Establishments</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="153" />
        <source>Hospitals and other establishments as points; the members of each agreement are listed with their name, address, phone and categories. A member without a point is listed without a distance.</source>
        <translation>Hôpitaux et autres établissements, en points ; les membres de chaque convention sont listés avec leur nom, adresse, téléphone et catégories. Un membre sans point est listé sans distance.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="160" />
        <source>Establishment id field</source>
        <translation>Champ identifiant de l'établissement</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="160" />
        <source>Unique id of each establishment (the ids of the member establishments table).</source>
        <translation>Identifiant unique de chaque établissement (les identifiants de la table des établissements membres).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="162" />
        <source>Establishment name field</source>
        <translation>Champ nom de l'établissement</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="162" />
        <source>Name shown for each establishment.</source>
        <translation>Nom affiché pour chaque établissement.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="164" />
        <source>Establishment country field</source>
        <translation>Champ pays de l'établissement</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="164" />
        <source>FR or BE for each establishment: its side of the border.</source>
        <translation>FR ou BE pour chaque établissement : son versant de la frontière.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="166" />
        <source>Establishment address field</source>
        <translation>Champ adresse de l'établissement</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="166" />
        <source>Optional: postal address shown for each establishment.</source>
        <translation>Facultatif : adresse postale affichée pour chaque établissement.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="169" />
        <source>Establishment phone field</source>
        <translation>Champ téléphone de l'établissement</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="169" />
        <source>Optional: phone number shown for each establishment.</source>
        <translation>Facultatif : numéro de téléphone affiché pour chaque établissement.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="172" />
        <source>Establishment category field</source>
        <translation>Champ catégorie de l'établissement</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="172" />
        <source>Optional: care categories of each establishment (hospital, dialysis…), several separated by ';'.</source>
        <translation>Facultatif : catégories de soins de chaque établissement (hôpital, dialyse…), séparées par ';'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="175" />
        <source>Gap classes (optional layer)</source>
        <translation>Classes de carence (couche facultative)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="175" />
        <source>Optional: units with their gap class (output of Care gaps), drawn as a layer the reader can switch on, one colour per class.</source>
        <translation>Facultatif : communes avec leur classe de carence (sortie des carences de soins), dessinées en couche que le lecteur peut afficher, une couleur par classe.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="181" />
        <source>Gap class field</source>
        <translation>Champ classe de carence</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="181" />
        <source>Gap class code of each unit (FR_ZIP, WAL_SHORTAGE…).</source>
        <translation>Code de la classe de carence de chaque unité (FR_ZIP, WAL_SHORTAGE…).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="183" />
        <source>Health basins (optional layer)</source>
        <translation>Bassins de soins (couche facultative)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="183" />
        <source>Optional: health basins (output of Delineate health basins), drawn as outlines the reader can switch on.</source>
        <translation>Facultatif : bassins de soins (sortie de la délimitation des bassins de soins), dessinés en contours que le lecteur peut afficher.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="190" />
        <source>Basin id field</source>
        <translation>Champ identifiant du bassin</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="190" />
        <source>Id of each basin; polygons with one id are dissolved.</source>
        <translation>Identifiant de chaque bassin ; les polygones de même identifiant sont fusionnés.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="192" />
        <source>Basin name field</source>
        <translation>Champ nom du bassin</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="192" />
        <source>Optional: name shown for each basin.</source>
        <translation>Facultatif : nom affiché pour chaque bassin.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="194" />
        <source>Default language of the page</source>
        <translation>Langue par défaut de la page</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="194" />
        <source>Language of QGIS</source>
        <translation>Langue de QGIS</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="194" />
        <source>The language the page opens in; the reader can switch between French, Dutch and English.</source>
        <translation>La langue d'ouverture de la page ; le lecteur peut passer du français au néerlandais ou à l'anglais.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="200" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="200" />
        <source>Optional: title of the page. Empty: 'Cross-border care: ZOAST zones' in the reader's language.</source>
        <translation>Facultatif : titre de la page. Vide : « Soins de l'autre côté de la frontière : les zones ZOAST » dans la langue du lecteur.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="206" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="206" />
        <source>Optional: sources and credits shown on the page (who publishes the map, data owners, licences). The names of the input layers are always listed.</source>
        <translation>Facultatif : sources et crédits affichés sur la page (éditeur de la carte, propriétaires des données, licences). Les noms des couches en entrée sont toujours listés.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="212" />
        <source>Simplification tolerance (metres)</source>
        <translation>Tolérance de simplification (mètres)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="212" />
        <source>Outlines are simplified (Douglas–Peucker) within this distance to keep the folder small. 0 keeps every vertex.</source>
        <translation>Les contours sont simplifiés (Douglas–Peucker) dans cette distance pour garder un dossier léger. 0 garde tous les sommets.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="221" />
        <source>Gap tolerance (metres)</source>
        <translation>Tolérance d'interstice (mètres)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="221" />
        <source>Gaps narrower than twice this value are closed when the perimeters are dissolved (French and Belgian outlines come from different sources), so no sliver draws a line inside a zone.</source>
        <translation>Les interstices plus étroits que deux fois cette valeur sont fermés lors de la fusion des périmètres (les contours français et belges viennent de sources différentes), pour qu'aucun interstice ne trace de ligne dans une zone.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="230" />
        <source>Background tiles URL (optional)</source>
        <translation>URL des tuiles de fond (facultatif)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="230" />
        <source>Optional: a tile URL template such as https://tiles.example.org/{z}/{x}/{y}.png. Without it the page uses no network at all (countries and communes as background); with it, the reader's browser asks that server for tiles.</source>
        <translation>Facultatif : un modèle d'URL de tuiles tel que https://tiles.example.org/{z}/{x}/{y}.png. Sans lui, la page n'utilise aucun réseau (pays et communes en fond) ; avec lui, le navigateur du lecteur demande les tuiles à ce serveur.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="238" />
        <source>Background tiles attribution</source>
        <translation>Attribution des tuiles de fond</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="238" />
        <source>Credit required by the tile provider, shown as plain text.</source>
        <translation>Mention exigée par le fournisseur des tuiles, affichée en texte brut.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="246" />
        <source>Web map folder</source>
        <translation>Dossier de la carte web</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="246" />
        <source>Folder written with index.html, data.js and the page's scripts (Leaflet included). Open index.html from disk, a network share or any web server; nothing is fetched from the internet.</source>
        <translation>Dossier écrit avec index.html, data.js et les scripts de la page (Leaflet inclus). Ouvrez index.html depuis le disque, un partage réseau ou tout serveur web ; rien n'est chargé depuis Internet.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="252" />
        <source>Web map page (index.html)</source>
        <translation>Page de la carte web (index.html)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="253" />
        <source>Zones on the map</source>
        <translation>Zones sur la carte</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="254" />
        <source>Establishments listed</source>
        <translation>Établissements listés</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="255" />
        <source>Member establishments without coordinates</source>
        <translation>Établissements membres sans coordonnées</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="257" />
        <source>Agreements in force without member units (not mapped)</source>
        <translation>Conventions en vigueur sans unité membre (non cartographiées)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="259" />
        <source>Size of the folder (bytes)</source>
        <translation>Taille du dossier (octets)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="267" />
        <source>Parameter TILE_URL: '{value}' is not a tile URL template. Give an http(s) address with {{z}}, {{x}} and {{y}}, or leave it empty.</source>
        <translation>Paramètre TILE_URL : '{value}' n'est pas un modèle d'URL de tuiles. Donnez une adresse http(s) avec {{z}}, {{x}} et {{y}}, ou laissez-le vide.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="274" />
        <source>Territorial units</source>
        <translation>Unités territoriales</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="353" />
        <source>Reading the layers…</source>
        <translation>Lecture des couches…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="368" />
        <source>Parameter AGREEMENT_MEMBERS: choose the table of agreement members (zoast_members of an agreements store); the map shows their zones.</source>
        <translation>Paramètre AGREEMENT_MEMBERS : choisissez la table des membres des conventions (zoast_members d'une base de conventions) ; la carte montre leurs zones.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="394" />
        <source>Preparing the map data…</source>
        <translation>Préparation des données de la carte…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="405" />
        <source>The layers could not be moved to longitude and latitude ({error}). Check their CRS and the analysis CRS.</source>
        <translation>Les couches n'ont pas pu être converties en longitude et latitude ({error}). Vérifiez leur SCR et le SCR d'analyse.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="411" />
        <source>{count} agreement(s) not in force on {date} are not on the map: {ids}.</source>
        <translation>{count} convention(s) non en vigueur le {date} ne sont pas sur la carte : {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="414" />
        <source>Writing the web map…</source>
        <translation>Écriture de la carte web…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="418" />
        <source>Could not write the web map into {folder}: {error}</source>
        <translation>Impossible d'écrire la carte web dans {folder} : {error}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="421" />
        <source>{zones} zone(s) and {establishments} establishment(s) mapped as of {date}; {size} MB written: open {index}</source>
        <translation>{zones} zone(s) et {establishments} établissement(s) cartographiés au {date} ; {size} Mo écrits : ouvrez {index}</translation>
    </message>
</context>
<context>
    <name>ZoastAlgorithm</name>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="273" />
        <source>Cancelled by the user.</source>
        <translation>Annulé par l'utilisateur.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="30" />
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="31" />
        <source>Needs and gaps</source>
        <translation>Besoins et carences</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="32" />
        <source>Care supply</source>
        <translation>Offre de soins</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="33" />
        <source>Health basins</source>
        <translation>Bassins de soins</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="34" />
        <source>Patient flows and agreements</source>
        <translation>Flux de patients et conventions</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="35" />
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="36" />
        <source>Whole diagnosis</source>
        <translation>Diagnostic complet</translation>
    </message>
</context>
<context>
    <name>ZoastDock</name>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="135" />
        <source>ZOAST agreements</source>
        <translation>Conventions ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="271" />
        <source>Apply the ZOAST styles to the result layers of the project (gaps, accessibility, basins…).</source>
        <translation>Appliquer les styles ZOAST aux couches de résultats du projet (carences, accessibilité, bassins…).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="759" />
        <source>{count} result layer(s) styled.</source>
        <translation>{count} couche(s) de résultats mise(s) en forme.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="146" />
        <source>No agreements store open</source>
        <translation>Aucune base de conventions ouverte</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="147" />
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="149" />
        <source>Open a ZOAST agreements store (GeoPackage).</source>
        <translation>Ouvrir une base de conventions ZOAST (GeoPackage).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="151" />
        <source>New…</source>
        <translation>Nouvelle…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="153" />
        <source>Create a new agreements store, or add one to a GeoPackage.</source>
        <translation>Créer une nouvelle base de conventions, ou en ajouter une à un GeoPackage.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="169" />
        <source>Filter agreements (code, name, status)…</source>
        <translation>Filtrer les conventions (code, nom, statut)…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="173" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="173" />
        <source>Name (French)</source>
        <translation>Nom (français)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="173" />
        <source>Name (Dutch)</source>
        <translation>Nom (néerlandais)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="173" />
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="216" />
        <source>Establishments</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="197" />
        <source>Add agreement</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="200" />
        <source>Remove agreement</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="202" />
        <source>Remove the agreement and its members (saved on Save).</source>
        <translation>Supprimer la convention et ses membres (effectif à l'enregistrement).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="214" />
        <source>Agreement</source>
        <translation>Convention</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="215" />
        <source>Member units</source>
        <translation>Unités membres</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="227" />
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="231" />
        <source>Redo</source>
        <translation>Refaire</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="237" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="239" />
        <source>Check the agreements and write them to the store, all or nothing.</source>
        <translation>Contrôler les conventions et les écrire dans la base, en totalité ou pas du tout.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="241" />
        <source>Revert</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="243" />
        <source>Forget the edits made since the last save.</source>
        <translation>Abandonner les modifications effectuées depuis le dernier enregistrement.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="261" />
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="264" />
        <source>Build perimeters</source>
        <translation>Construire les périmètres</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="266" />
        <source>Run 'ZOAST agreement perimeters' on the saved agreements and the units layer, and add the perimeters to the map.</source>
        <translation>Exécuter 'Périmètres des conventions ZOAST' sur les conventions enregistrées et la couche des unités, et ajouter les périmètres à la carte.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="305" />
        <source>ZOAST</source>
        <translation>ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="310" />
        <source>Open an agreements store</source>
        <translation>Ouvrir une base de conventions</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="367" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="316" />
        <source>New agreements store</source>
        <translation>Nouvelle base de conventions</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="335" />
        <source>Unsaved edits</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="335" />
        <source>The agreements have unsaved edits. Discard them?</source>
        <translation>Les conventions comportent des modifications non enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="396" />
        <source>Upgrade the agreements store?</source>
        <translation>Mettre à niveau la base de conventions ?</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="412" />
        <source>Opened {path}: {count} agreement(s).</source>
        <translation>{path} ouvert : {count} convention(s).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="425" />
        <source>Created the agreements store {path}.</source>
        <translation>Base de conventions {path} créée.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="460" />
        <source>Open or create an agreements store first.</source>
        <translation>Ouvrez ou créez d'abord une base de conventions.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="476" />
        <source>Not saved: {count} problem(s) to fix first.</source>
        <translation>Non enregistré : {count} problème(s) à corriger au préalable.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="493" />
        <source>Saved: {count} row(s) written.</source>
        <translation>Enregistré : {count} ligne(s) écrite(s).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="520" />
        <source>Add agreement {code}</source>
        <translation>Ajouter la convention {code}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="528" />
        <source>Remove agreement {code}</source>
        <translation>Supprimer la convention {code}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="533" />
        <source>Edit {field} of {code}</source>
        <translation>Modifier {field} de {code}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="544" />
        <source>Choose an agreement first.</source>
        <translation>Choisissez d'abord une convention.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="547" />
        <source>Choose the layer and its id field first.</source>
        <translation>Choisissez d'abord la couche et son champ d'identifiant.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="551" />
        <source>Select features on the map in layer '{layer}' first.</source>
        <translation>Sélectionnez d'abord des entités sur la carte dans la couche '{layer}'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="554" />
        <source>Add {count} member(s) to {code}</source>
        <translation>Ajouter {count} membre(s) à {code}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="557" />
        <source>{added} member(s) added to {code}; {already} already member(s).</source>
        <translation>{added} membre(s) ajouté(s) à {code} ; {already} déjà membre(s).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="581" />
        <source>Remove {count} member(s) from {code}</source>
        <translation>Retirer {count} membre(s) de {code}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="584" />
        <source>{count} member(s) removed from {code}.</source>
        <translation>{count} membre(s) retiré(s) de {code}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="592" />
        <source>Choose an agreement and the layer first.</source>
        <translation>Choisissez d'abord une convention et la couche.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="602" />
        <source>{count} member(s) of {code} selected in '{layer}'.</source>
        <translation>{count} membre(s) de {code} sélectionné(s) dans '{layer}'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="727" />
        <source>Open a store and choose the units layer and its id field first.</source>
        <translation>Ouvrez une base et choisissez d'abord la couche des unités et son champ d'identifiant.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="731" />
        <source>Save the agreements before building the perimeters.</source>
        <translation>Enregistrez les conventions avant de construire les périmètres.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="754" />
        <source>{count} agreement perimeter(s) built.</source>
        <translation>{count} périmètre(s) de convention construit(s).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="155" />
        <source>PostgreSQL…</source>
        <translation>PostgreSQL…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="157" />
        <source>Open, create or upgrade an agreements store shared on a PostgreSQL/PostGIS server.</source>
        <translation>Ouvrir, créer ou mettre à niveau une base de conventions partagée sur un serveur PostgreSQL/PostGIS.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="173" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="269" />
        <source>Style results</source>
        <translation>Styliser les résultats</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="357" />
        <source>Copy the agreements store?</source>
        <translation>Copier la base de conventions ?</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="357" />
        <source>'{path}' belongs to the plugin or is read-only: ZOAST does not change it. Open a copy instead? The copy goes to your QGIS profile ({target}) unless you choose another place.</source>
        <translation>'{path}' appartient à l'extension ou est en lecture seule : ZOAST ne la modifie pas. Ouvrir plutôt une copie ? La copie va dans votre profil QGIS ({target}), sauf si vous choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="361" />
        <source>Copy to my profile</source>
        <translation>Copier dans mon profil</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="362" />
        <source>Choose where…</source>
        <translation>Choisir où…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="367" />
        <source>Copy the agreements store to</source>
        <translation>Copier la base de conventions vers</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="384" />
        <source>Not opened: the store was not copied.</source>
        <translation>Non ouverte : la base n'a pas été copiée.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="389" />
        <source>Cannot copy the store to '{target}': {error}</source>
        <translation>Impossible de copier la base vers '{target}' : {error}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="409" />
        <source>Opened a copy of the store, {path}: {count} agreement(s).</source>
        <translation>Copie de la base ouverte, {path} : {count} convention(s).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="490" />
        <source>Saved: {count} row(s) written; {merged} row(s) changed by other users are now shown too.</source>
        <translation>Enregistré : {count} ligne(s) écrite(s) ; {merged} ligne(s) modifiée(s) par d'autres utilisateurs sont maintenant affichées aussi.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="500" />
        <source>Not saved: the conflicts are left to settle. Your edits are kept.</source>
        <translation>Non enregistré : les conflits restent à régler. Vos modifications sont conservées.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="566" />
        <source>Choose members in the list first.</source>
        <translation>Choisissez d'abord des membres dans la liste.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="568" />
        <source>End date of {count} member(s) of {code}</source>
        <translation>Date de fin de {count} membre(s) de {code}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/dock.py" line="571" />
        <source>End date set for {count} member(s) of {code}.</source>
        <translation>Date de fin fixée pour {count} membre(s) de {code}.</translation>
    </message>
</context>
<context>
    <name>ZoastErrors</name>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="151" />
        <source>Field '{field}': {count} value(s) are not dates, for: {ids}. Use YYYY-MM-DD or leave empty.</source>
        <translation>Champ '{field}' : {count} valeur(s) ne sont pas des dates, pour : {ids}. Utilisez le format AAAA-MM-JJ ou laissez vide.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="212" />
        <source>Field '{field}': {count} agreement(s) have it before '{other}': {ids}. Dates must be in order: signed on ≤ in force from ≤ ends on.</source>
        <translation>Champ '{field}' : {count} convention(s) ont une valeur antérieure à '{other}' : {ids}. Les dates doivent être dans l'ordre : date de signature ≤ date d'entrée en vigueur ≤ date de fin.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="628" />
        <source>Field '{field}': {count} member code(s) match no agreement: {ids}. Create the agreement first or correct the code.</source>
        <translation>Champ '{field}' : {count} code(s) de membre ne correspondent à aucune convention : {ids}. Créez d'abord la convention ou corrigez le code.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="267" />
        <source>Field '{field}': {count} member(s) listed twice in one agreement (code/id): {ids}. Remove the duplicates.</source>
        <translation>Champ '{field}' : {count} membre(s) figurant deux fois dans une même convention (code/identifiant) : {ids}. Supprimez les doublons.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="284" />
        <source>Field '{field}': {count} member(s) with a country other than {sides}: {ids}. Correct the country.</source>
        <translation>Champ '{field}' : {count} membre(s) avec un pays autre que {sides} : {ids}. Corrigez le pays.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="617" />
        <source>Field '{field}': {count} member id(s) not found in the layer: {ids}. Check the ids or choose the right layer.</source>
        <translation>Champ '{field}' : {count} identifiant(s) de membre introuvable(s) dans la couche : {ids}. Vérifiez les identifiants ou choisissez la bonne couche.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="354" />
        <source>Field '{field}': {count} agreement(s) have member units on one side only (or none): {ids}. Add member units on both sides ({sides}).</source>
        <translation>Champ '{field}' : {count} convention(s) ont des unités membres d'un seul côté (ou aucune) : {ids}. Ajoutez des unités membres des deux côtés ({sides}).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="456" />
        <source>Field '{field}': {count} agreement code(s) not found: {ids}. Choose an existing agreement.</source>
        <translation>Champ '{field}' : {count} code(s) de convention introuvable(s) : {ids}. Choisissez une convention existante.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="551" />
        <source>Field '{field}': cannot merge agreement {ids} with itself. Choose two agreements.</source>
        <translation>Champ '{field}' : impossible de fusionner la convention {ids} avec elle-même. Choisissez deux conventions.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="561" />
        <source>Field '{field}': the code {ids} is already used. Choose a new code.</source>
        <translation>Champ '{field}' : le code {ids} est déjà utilisé. Choisissez un nouveau code.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/siting.py" line="187" />
        <source>Parameter '{field}': {value} is not allowed. Give a number greater than 0.</source>
        <translation>Paramètre '{field}' : la valeur {value} n'est pas autorisée. Indiquez un nombre supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/costs.py" line="228" />
        <source>{what}: {count} point(s) without valid coordinates, at row(s) {ids}. Remove null or empty geometries first.</source>
        <translation>{what} : {count} point(s) sans coordonnées valides, ligne(s) {ids}. Supprimez d'abord les géométries nulles ou vides.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/costs.py" line="261" />
        <source>Parameter '{field}': {value} is not allowed. Roads are never shorter than a straight line: give 1 or more.</source>
        <translation>Paramètre '{field}' : la valeur {value} n'est pas autorisée. Un trajet routier n'est jamais plus court que la ligne droite : indiquez 1 ou plus.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/costs.py" line="420" />
        <source>Field '{field}': {count} road line(s) with an empty, zero or negative speed, first: {ids}. Give every line a speed in km/h greater than 0.</source>
        <translation>Champ '{field}' : {count} tronçon(s) routier(s) dont la vitesse est vide, nulle ou négative, premiers : {ids}. Attribuez à chaque tronçon une vitesse en km/h supérieure à 0.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/costs.py" line="426" />
        <source>Field '{field}': {count} road line(s) with an empty or negative time, first: {ids}. Give every line a time in minutes of 0 or more.</source>
        <translation>Champ '{field}' : {count} tronçon(s) routier(s) dont le temps est vide ou négatif, premiers : {ids}. Attribuez à chaque tronçon un temps en minutes supérieur ou égal à 0.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/validation.py" line="30" />
        <source>Field '{field}': {count} empty id(s), at row(s) {ids}. Every row needs an id.</source>
        <translation>Champ '{field}' : {count} identifiant(s) vide(s), ligne(s) {ids}. Chaque ligne doit avoir un identifiant.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/costs.py" line="819" />
        <source>Field '{field}': {count} id(s) of the cost table are not in the layers, first: {ids}. Use the same ids as the layers or filter the table.</source>
        <translation>Champ '{field}' : {count} identifiant(s) de la table de coûts absents des couches, premiers : {ids}. Utilisez les mêmes identifiants que les couches ou filtrez la table.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/costs.py" line="865" />
        <source>Fields '{field}': {count} origin → destination pair(s) appear more than once, first: {ids}. Keep one time per pair.</source>
        <translation>Champs '{field}' : {count} couple(s) origine → destination figurent plusieurs fois, premiers : {ids}. Conservez un seul temps par couple.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/adjacency.py" line="55" />
        <source>Adjacency tolerance must be a number of 0 or more, got {value}.</source>
        <translation>La tolérance de contiguïté doit être un nombre supérieur ou égal à 0 ; valeur reçue : {value}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="166" />
        <source>Threshold {field} = {value}: it must be a number above 0.</source>
        <translation>Seuil {field} = {value} : il doit s'agir d'un nombre supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="176" />
        <source>Thresholds out of order: {field} ({lower}) must be below {upper_field} ({upper}). Swap or fix them.</source>
        <translation>Seuils dans le désordre : {field} ({lower}) doit être inférieur à {upper_field} ({upper}). Intervertissez-les ou corrigez-les.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="239" />
        <source>Basins: {count} unit(s) without a basin id, at row(s) {ids}. Give every unit a basin.</source>
        <translation>Bassins : {count} unité(s) sans identifiant de bassin, ligne(s) {ids}. Attribuez un bassin à chaque unité.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="299" />
        <source>Field '{field}': {count} unit(s) with an unknown region, first ids: {ids}. Use FL, WAL or BXL.</source>
        <translation>Champ '{field}' : {count} unité(s) de région inconnue, premiers identifiants : {ids}. Utilisez FL, WAL ou BXL.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="311" />
        <source>Field '{field}': {count} Belgian unit(s) whose region cannot be told from a 5-digit REFNIS code, first ids: {ids}. Fix the codes or give a region field.</source>
        <translation>Champ '{field}' : {count} unité(s) belge(s) dont la région ne peut être déduite d'un code REFNIS à 5 chiffres, premiers identifiants : {ids}. Corrigez les codes ou indiquez un champ de région.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="333" />
        <source>Field '{field}': {count} unit(s) neither FR nor BE, first ids: {ids}. Only French and Belgian units can be classified.</source>
        <translation>Champ '{field}' : {count} unité(s) ni FR ni BE, premiers identifiants : {ids}. Seules les unités françaises et belges peuvent être classées.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="400" />
        <source>The Flanders rule needs each municipality's area (km²): {count} Flemish unit(s), first ids: {ids}. Choose an area field.</source>
        <translation>La règle flamande nécessite la surface de chaque commune (km²) : {count} unité(s) flamande(s), premiers identifiants : {ids}. Choisissez un champ de surface.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="412" />
        <source>Field '{field}': {count} Flemish unit(s) with a zero, empty or negative area, first ids: {ids}. The density rule needs an area above 0 km².</source>
        <translation>Champ '{field}' : {count} unité(s) flamande(s) dont la surface est nulle, vide ou négative, premiers identifiants : {ids}. La règle de densité nécessite une surface supérieure à 0 km².</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="466" />
        <source>Brussels rule '{value}' unknown: use 'none' or 'wallonia'.</source>
        <translation>Règle bruxelloise '{value}' inconnue : utilisez 'none' ou 'wallonia'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="495" />
        <source>Field '{field}': {count} French unit(s) without a basin, first ids: {ids}. The TVS rule needs every French unit in a basin.</source>
        <translation>Champ '{field}' : {count} unité(s) française(s) sans territoire de vie-santé, premiers identifiants : {ids}. La règle TVS nécessite que chaque unité française soit rattachée à un territoire de vie-santé.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="52" />
        <source>Hospital (public, private or military; general, regional or cancer centre)</source>
        <translation>Hôpital (public, privé ou militaire ; centre hospitalier général, régional ou centre de lutte contre le cancer)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="56" />
        <source>Psychiatric hospital</source>
        <translation>Hôpital psychiatrique</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="57" />
        <source>Follow-up care and rehabilitation</source>
        <translation>Soins médicaux et de réadaptation (ex-SSR)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="58" />
        <source>Hospital care at home</source>
        <translation>Hospitalisation à domicile</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="59" />
        <source>Dialysis unit</source>
        <translation>Centre de dialyse</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="60" />
        <source>Health centre (salaried practitioners)</source>
        <translation>Centre de santé (praticiens salariés)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="61" />
        <source>Multi-professional GP practice (maison de santé)</source>
        <translation>Maison de santé pluriprofessionnelle</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="62" />
        <source>General practitioner</source>
        <translation>Médecin généraliste</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="63" />
        <source>Pharmacy</source>
        <translation>Pharmacie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="64" />
        <source>Outpatient mental health centre</source>
        <translation>Centre médico-psychologique</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="65" />
        <source>Nursing home for dependent elderly people</source>
        <translation>Établissement d'hébergement pour personnes âgées dépendantes (EHPAD)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="66" />
        <source>Other or unknown category</source>
        <translation>Catégorie autre ou inconnue</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="125" />
        <source>Field '{field}': {count} categor(y/ies) are not lower-case words, first: {ids}. Use a letter then letters, digits or '_' (they become field names such as n_hospital).</source>
        <translation>Champ '{field}' : {count} catégorie(s) ne sont pas des mots en minuscules, premières : {ids}. Utilisez une lettre suivie de lettres, de chiffres ou de '_' (elles deviennent des noms de champs comme n_hospital).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="155" />
        <source>Field '{field}': {count} empty code(s) in the mapping table, at row(s) {ids}. Fill or remove those rows.</source>
        <translation>Champ '{field}' : {count} code(s) vide(s) dans la table de correspondance, ligne(s) {ids}. Complétez ou supprimez ces lignes.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="168" />
        <source>Field '{field}': {count} code(s) mapped to two different categories, first: {ids}. Keep one category per code.</source>
        <translation>Champ '{field}' : {count} code(s) associés à deux catégories différentes, premiers : {ids}. Conservez une seule catégorie par code.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/categories.py" line="220" />
        <source>Categories: {count} codes but ids or labels of another length. Give one id and one label per code.</source>
        <translation>Catégories : {count} codes, mais des identifiants ou des libellés en nombre différent. Indiquez un identifiant et un libellé par code.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/flows.py" line="168" />
        <source>Field '{field}': {count} empty country value(s), at row(s) {ids}. Fill the country.</source>
        <translation>Champ '{field}' : {count} valeur(s) de pays vide(s), ligne(s) {ids}. Renseignez le pays.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/needs.py" line="75" />
        <source>Age-weight table, field '{field}': {count} unknown band(s): {ids}. Use the band names {expected}.</source>
        <translation>Table des poids par âge, champ '{field}' : {count} tranche(s) inconnue(s) : {ids}. Utilisez les noms de tranches {expected}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/needs.py" line="87" />
        <source>Age-weight table, field '{field}': the weights do not cover {count} band(s): {ids}. Add a row for each band.</source>
        <translation>Table des poids par âge, champ '{field}' : les poids ne couvrent pas {count} tranche(s) : {ids}. Ajoutez une ligne pour chaque tranche.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/needs.py" line="98" />
        <source>Age-weight table, field '{field}': every weight is 0. Give positive weights.</source>
        <translation>Table des poids par âge, champ '{field}' : tous les poids valent 0. Indiquez des poids positifs.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/needs.py" line="146" />
        <source>The age weights do not cover {count} band(s): {ids}. Give a weight for every band used.</source>
        <translation>Les poids par âge ne couvrent pas {count} tranche(s) : {ids}. Indiquez un poids pour chaque tranche utilisée.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/needs.py" line="156" />
        <source>The age weights of {count} band(s) are negative or not numbers: {ids}.</source>
        <translation>Les poids par âge de {count} tranche(s) sont négatifs ou non numériques : {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="177" />
        <source>Field '{field}': {count} flow id(s) are not units of the units layer, first: {ids}. Check the id field and the unit codes (e.g. FR:59350, BE:57081).</source>
        <translation>Champ '{field}' : {count} identifiant(s) de flux ne sont pas des unités de la couche des unités, premiers : {ids}. Vérifiez le champ d'identifiant et les codes des unités (par ex. FR:59350, BE:57081).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="210" />
        <source>Flows: {count} {field} position(s) outside the units, first flow rows: {ids}.</source>
        <translation>Flux : {count} position(s) ({field}) hors de la plage des unités, premières lignes de flux : {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="272" />
        <source>Flows ({flows}) and adjacency ({adjacency}) must both be units × units.</source>
        <translation>Les flux ({flows}) et la contiguïté ({adjacency}) doivent tous deux être de dimension unités × unités.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="280" />
        <source>Basins within each country need the units' country field.</source>
        <translation>Les bassins limités à chaque pays nécessitent le champ du pays des unités.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="300" />
        <source>{count} unit(s) touch no other unit (islands), first: {ids}. They keep the basin their flows give, without contiguity.</source>
        <translation>{count} unité(s) ne touchent aucune autre unité (îles), premières : {ids}. Elles conservent le bassin issu de leurs flux, sans contiguïté.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="380" />
        <source>{count} unit(s) with no flows touch no basin, first: {ids}. They joined the basin of the nearest unit.</source>
        <translation>{count} unité(s) sans flux ne touchent aucun bassin, premières : {ids}. Elles ont rejoint le bassin de l'unité la plus proche.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="395" />
        <source>{count} unit(s) with no flows touch no basin, first: {ids}. Each such block is a basin of its own, with no hub.</source>
        <translation>{count} unité(s) sans flux ne touchent aucun bassin, premières : {ids}. Chacun de ces blocs forme un bassin à part entière, sans pôle.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/proximity.py" line="85" />
        <source>Field '{field}': {count} negative cost(s), first pairs: {ids}.</source>
        <translation>Champ '{field}' : {count} coût(s) négatif(s), premiers couples : {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/proximity.py" line="93" />
        <source>Basins within each country need the units' and hubs' country.</source>
        <translation>Les bassins limités à chaque pays nécessitent le pays des unités et des pôles.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/proximity.py" line="111" />
        <source>Unknown proximity method '{method}'.</source>
        <translation>Méthode de proximité '{method}' inconnue.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/proximity.py" line="119" />
        <source>{count} unit(s) reach no hub, first: {ids}. They are left out of every basin.</source>
        <translation>{count} unité(s) n'atteignent aucun pôle, premières : {ids}. Elles sont exclues de tous les bassins.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/proximity.py" line="159" />
        <source>Field '{field}': {count} hub(s) with a missing or negative supply, first: {ids}.</source>
        <translation>Champ '{field}' : {count} pôle(s) dont l'offre est manquante ou négative, premiers : {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/proximity.py" line="174" />
        <source>Unknown distance decay '{decay}'.</source>
        <translation>Décroissance avec la distance '{decay}' inconnue.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/proximity.py" line="187" />
        <source>Costs: {count} {field} position(s) out of range, first pairs: {ids}.</source>
        <translation>Coûts : {count} position(s) ({field}) hors limites, premiers couples : {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/candidates.py" line="46" />
        <source>Field '{field}': no values in the flows table. Choose a field holding this volume.</source>
        <translation>Champ '{field}' : aucune valeur dans la table des flux. Choisissez un champ contenant ce volume.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="129" />
        <source>Supply points: {count} point(s) with no or non-numeric coordinates, first: {ids}. Fix or filter them (they would be counted nowhere).</source>
        <translation>Points d'offre : {count} point(s) sans coordonnées ou aux coordonnées non numériques, premiers : {ids}. Corrigez-les ou filtrez-les (ils ne seraient comptés nulle part).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="138" />
        <source>Tolerance: {value} is not a distance. Give 0 or more metres.</source>
        <translation>Tolérance : {value} n'est pas une distance. Indiquez une valeur de 0 mètre ou plus.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="218" />
        <source>Units: {count} geometr(y/ies) are not polygons, first units: {ids}. Use a polygon layer of territorial units.</source>
        <translation>Unités : {count} géométrie(s) ne sont pas des polygones, premières unités : {ids}. Utilisez une couche de polygones d'unités territoriales.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="227" />
        <source>Units: none of the {units} unit(s) has a polygon. Use a polygon layer with geometries.</source>
        <translation>Unités : aucune des {units} unité(s) n'a de polygone. Utilisez une couche de polygones avec géométries.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="520" />
        <source>Field '{field}': unit indices must be whole numbers. Use the assignment result.</source>
        <translation>Champ '{field}' : les indices d'unité doivent être des nombres entiers. Utilisez le résultat de l'affectation.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="530" />
        <source>Field '{field}': {count} point(s) refer to no unit, first: {ids}. Use -1 for unassigned points.</source>
        <translation>Champ '{field}' : {count} point(s) ne renvoient à aucune unité, premiers : {ids}. Utilisez -1 pour les points non affectés.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="544" />
        <source>Field '{field}': {count} point(s) with no category, first: {ids}. Map every point to a category (unknown ones to 'other').</source>
        <translation>Champ '{field}' : {count} point(s) sans catégorie, premiers : {ids}. Associez chaque point à une catégorie (les inconnus à 'other').</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="561" />
        <source>Field '{field}': {count} point(s) of a category not in the list, first: {ids}. Add their categories to the list.</source>
        <translation>Champ '{field}' : {count} point(s) d'une catégorie absente de la liste, premiers : {ids}. Ajoutez leurs catégories à la liste.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="571" />
        <source>Field '{field}': '{name}' is reserved for the all-categories columns. Rename that category.</source>
        <translation>Champ '{field}' : '{name}' est réservé aux colonnes toutes catégories confondues. Renommez cette catégorie.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="670" />
        <source>Inventory: {count} field name(s) produced twice, first: {ids}. Rename the category or capacity field that collides.</source>
        <translation>Inventaire : {count} nom(s) de champ produits deux fois, premiers : {ids}. Renommez la catégorie ou le champ de capacité en conflit.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/inventory.py" line="681" />
        <source>Field '{field}': {got} value(s) for {expected} row(s). Give one value per row.</source>
        <translation>Champ '{field}' : {got} valeur(s) pour {expected} ligne(s). Indiquez une valeur par ligne.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="122" />
        <source>Parameter '{field}' is empty. Write steps as minutes:weight, e.g. 10:1;20:0.68;30:0.22.</source>
        <translation>Le paramètre '{field}' est vide. Saisissez les paliers sous la forme minutes:poids, par ex. 10:1;20:0.68;30:0.22.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="137" />
        <source>Parameter '{field}': step '{piece}' is not minutes:weight. Write steps as minutes:weight separated by ';', e.g. 10:1;20:0.68;30:0.22.</source>
        <translation>Paramètre '{field}' : le palier '{piece}' n'est pas de la forme minutes:poids. Saisissez les paliers sous la forme minutes:poids séparés par ';', par ex. 10:1;20:0.68;30:0.22.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="148" />
        <source>Parameter '{field}': step '{piece}' has minutes of 0 or less. Give minutes greater than 0.</source>
        <translation>Paramètre '{field}' : le palier '{piece}' a une durée de 0 minute ou moins. Indiquez une durée supérieure à 0.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="159" />
        <source>Parameter '{field}': step '{piece}' has a weight outside 0–1. Give weights between 0 and 1.</source>
        <translation>Paramètre '{field}' : le palier '{piece}' a un poids hors de l'intervalle 0–1. Indiquez des poids compris entre 0 et 1.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="170" />
        <source>Parameter '{field}': step '{piece}' does not come after {previous} minutes. List the steps by increasing minutes.</source>
        <translation>Paramètre '{field}' : le palier '{piece}' ne suit pas le palier de {previous} minutes. Classez les paliers par durée croissante.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="182" />
        <source>Parameter '{field}': step '{piece}' weighs more than the step before. Weights must not increase with travel time.</source>
        <translation>Paramètre '{field}' : le palier '{piece}' a un poids supérieur à celui du palier précédent. Les poids ne doivent pas augmenter avec le temps de trajet.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="264" />
        <source>Parameter '{field}': {value} is not a method. Use 0 (2SFCA), 1 (E2SFCA) or 2 (Gaussian).</source>
        <translation>Paramètre '{field}' : {value} n'est pas une méthode. Utilisez 0 (2SFCA), 1 (E2SFCA) ou 2 (gaussienne).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="440" />
        <source>Field '{field}': {count} empty country code(s), first ids: {ids}. Give every row its country (FR, BE…).</source>
        <translation>Champ '{field}' : {count} code(s) pays vide(s), premiers identifiants : {ids}. Indiquez le pays de chaque ligne (FR, BE…).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="515" />
        <source>Parameter '{field}': {value} is not a border mode. Use 0 (national), 1 (inside a ZOAST) or 2 (open border).</source>
        <translation>Paramètre '{field}' : {value} n'est pas un mode frontière. Utilisez 0 (national), 1 (au sein d'une ZOAST) ou 2 (frontière ouverte).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="535" />
        <source>Parameter '{field}': border mode 1 (inside a ZOAST) needs the agreement members table. Give it, or choose another border mode.</source>
        <translation>Paramètre '{field}' : le mode frontière 1 (au sein d'une ZOAST) nécessite la table des membres des conventions. Indiquez-la ou choisissez un autre mode frontière.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="143" />
        <source>bytes that are not valid in the chosen encoding (replaced)</source>
        <translation>octets non valides dans l'encodage choisi (remplacés)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="144" />
        <source>line is valid UTF-8 read as latin-1: the file is probably UTF-8, choose that encoding</source>
        <translation>ligne en UTF-8 valide lue en latin-1 : le fichier est probablement en UTF-8, choisissez cet encodage</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="148" />
        <source>fewer fields than the record type has (record skipped)</source>
        <translation>moins de champs que n'en compte le type d'enregistrement (enregistrement ignoré)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="149" />
        <source>more fields than the record type has (record skipped)</source>
        <translation>plus de champs que n'en compte le type d'enregistrement (enregistrement ignoré)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="150" />
        <source>unknown record type (line skipped)</source>
        <translation>type d'enregistrement inconnu (ligne ignorée)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="151" />
        <source>nofinesset is not a 9-character FINESS number (record skipped)</source>
        <translation>nofinesset n'est pas un numéro FINESS à 9 caractères (enregistrement ignoré)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="152" />
        <source>nofinesset already read on an earlier line (record skipped)</source>
        <translation>nofinesset déjà lu sur une ligne précédente (enregistrement ignoré)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="153" />
        <source>second geolocation of the same nofinesset (the first one is used)</source>
        <translation>seconde géolocalisation du même nofinesset (la première est utilisée)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="157" />
        <source>geolocation of a nofinesset with no structureet record</source>
        <translation>géolocalisation d'un nofinesset sans enregistrement structureet</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="158" />
        <source>establishment with no coordinates (no point)</source>
        <translation>établissement sans coordonnées (pas de point)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="159" />
        <source>coordinates that are not numbers (no point)</source>
        <translation>coordonnées non numériques (pas de point)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="160" />
        <source>coordinate system not recognised in sourcecoordet (coordinates kept, no point)</source>
        <translation>système de coordonnées non reconnu dans sourcecoordet (coordonnées conservées, pas de point)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="164" />
        <source>commune/departement do not make an INSEE code (commune left empty)</source>
        <translation>commune/departement ne forment pas un code INSEE (commune laissée vide)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess.py" line="298" />
        <source>FINESS file: no 'structureet' record in {lines} line(s). Choose the geolocated FINESS extract (';'-separated).</source>
        <translation>Fichier FINESS : aucun enregistrement 'structureet' sur {lines} ligne(s). Choisissez l'extraction FINESS géolocalisée (séparateur ';').</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess_json.py" line="168" />
        <source>FINESS file: '{path}' not found. Choose an existing file.</source>
        <translation>Fichier FINESS : '{path}' introuvable. Choisissez un fichier existant.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/validation.py" line="13" />
        <source>{what}: field(s) {fields} not found. Choose existing fields.</source>
        <translation>{what} : champ(s) {fields} introuvable(s). Choisissez des champs existants.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/validation.py" line="40" />
        <source>Field '{field}': {count} rows share an id with another row, first: {ids}. Ids must be unique.</source>
        <translation>Champ '{field}' : {count} lignes partagent un identifiant avec une autre ligne, premières : {ids}. Les identifiants doivent être uniques.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/validation.py" line="56" />
        <source>Field '{field}': {count} empty or non-numeric value(s), first ids: {ids}. Fill them or filter those rows.</source>
        <translation>Champ '{field}' : {count} valeur(s) vide(s) ou non numérique(s), premiers identifiants : {ids}. Complétez-les ou filtrez ces lignes.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/validation.py" line="67" />
        <source>Field '{field}': {count} negative value(s), first ids: {ids}. Values must be 0 or more.</source>
        <translation>Champ '{field}' : {count} valeur(s) négative(s), premiers identifiants : {ids}. Les valeurs doivent être supérieures ou égales à 0.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/perimeters.py" line="72" />
        <source>Field '{field}': {count} member unit(s) not found in the units layer: {ids}. Check the ids or choose the right layer.</source>
        <translation>Champ '{field}' : {count} unité(s) membre(s) introuvable(s) dans la couche des unités : {ids}. Vérifiez les identifiants ou choisissez la bonne couche.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/perimeters.py" line="84" />
        <source>Field '{field}': {count} member unit(s) without a geometry: {ids}. Fix the units layer.</source>
        <translation>Champ '{field}' : {count} unité(s) membre(s) sans géométrie : {ids}. Corrigez la couche des unités.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/report_figures.py" line="86" />
        <source>Field '{field}': {count} value(s) that are not a severity (2, 1, 0 or -1), first ids: {ids}. Use the output of zoast:gaps.</source>
        <translation>Champ '{field}' : {count} valeur(s) qui ne sont pas une sévérité (2, 1, 0 ou -1), premiers identifiants : {ids}. Utilisez la sortie de zoast:gaps.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/adjacency.py" line="133" />
        <source>Field '{field}': {count} empty or invalid geometries, first ids: {ids}. Repair them (Fix geometries) and run again.</source>
        <translation>Champ « {field} » : {count} géométrie(s) vide(s) ou invalide(s), premiers identifiants : {ids}. Réparez-les (Réparer les géométries) et relancez.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/flows.py" line="60" />
        <source>Field(s) '{field}': {count} flow(s) with an empty id, at row(s) {ids}. Every flow needs one.</source>
        <translation>Champ(s) « {field} » : {count} flux avec un identifiant vide, ligne(s) {ids}. Chaque flux en a besoin.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/flows.py" line="74" />
        <source>{count} id(s) of the flows not found in the layers: {ids}. Check the field(s) '{field}', the layers, or the ids' format (e.g. FR:59350).</source>
        <translation>{count} identifiant(s) des flux introuvable(s) dans les couches : {ids}. Vérifiez le(s) champ(s) « {field} », les couches ou le format des identifiants (p. ex. FR:59350).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/population.py" line="81" />
        <source>Age bands '{value}': give the lower bound of each band in years, increasing and starting at 0, e.g. 0,15,30,45,60,75,90.</source>
        <translation>Tranches d'âge « {value} » : donnez la borne inférieure de chaque tranche en années, croissantes et commençant à 0, p. ex. 0,15,30,45,60,75,90.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/population.py" line="115" />
        <source>Encoding '{encoding}' is unknown. Try UTF-8, windows-1252 or latin-1.</source>
        <translation>L'encodage « {encoding} » est inconnu. Essayez UTF-8, windows-1252 ou latin-1.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/population.py" line="120" />
        <source>File '{file}': line {line} cannot be read as {encoding}. Give the file's encoding (e.g. windows-1252 or latin-1), or save it as UTF-8.</source>
        <translation>Fichier « {file} » : la ligne {line} ne peut pas être lue en {encoding}. Indiquez l'encodage du fichier (p. ex. windows-1252 ou latin-1), ou enregistrez-le en UTF-8.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/population.py" line="139" />
        <source>File '{file}': no column separator (; , tab or |) in its first line. Give a CSV or text export of the official table.</source>
        <translation>Fichier « {file} » : aucun séparateur de colonnes (; , tabulation ou |) dans sa première ligne. Donnez un export CSV ou texte de la table officielle.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/population.py" line="153" />
        <source>File '{file}': {count} line(s) do not have the {width} columns of the header, at line(s) {ids}. Check the separator and the quotes.</source>
        <translation>Fichier « {file} » : {count} ligne(s) n'ont pas les {width} colonnes de l'en-tête, ligne(s) {ids}. Vérifiez le séparateur et les guillemets.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/population.py" line="175" />
        <source>File '{file}': not a population table this algorithm knows (columns: {fields}). Expected INSEE's CODGEO with P21_POP0014 … P21_POP90P or single ages (AGED100), or Statbel's CD_REFNIS, CD_AGE, MS_POPULATION.</source>
        <translation>Fichier « {file} » : pas une table de population que cet algorithme connaît (colonnes : {fields}). Attendu : CODGEO de l'INSEE avec P21_POP0014 … P21_POP90P ou des âges détaillés (AGED100), ou CD_REFNIS, CD_AGE, MS_POPULATION de Statbel.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/population.py" line="199" />
        <source>Field '{field}': {count} value(s) are not counts (numbers of 0 or more), for codes {ids}.</source>
        <translation>Champ « {field} » : {count} valeur(s) ne sont pas des effectifs (nombres de 0 ou plus), pour les codes {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/population.py" line="274" />
        <source>Field '{field}': {count} row(s) without an age in years (0 to 120), for codes {ids}.</source>
        <translation>Champ « {field} » : {count} ligne(s) sans âge en années (0 à 120), pour les codes {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/population.py" line="293" />
        <source>File '{file}': {count} INSEE age column(s) missing for 20{year}, for bands starting at {ids}. The file needs P{year}_POP0014 … P{year}_POP90P.</source>
        <translation>Fichier « {file} » : {count} colonne(s) d'âge INSEE manquante(s) pour 20{year}, pour les tranches commençant à {ids}. Le fichier doit avoir P{year}_POP0014 … P{year}_POP90P.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/population.py" line="304" />
        <source>Age bands {value}: INSEE's file has only its seven bands (0, 15, 30, 45, 60, 75, 90); choose bands made of them, or use a file by single age.</source>
        <translation>Tranches d'âge {value} : le fichier de l'INSEE n'a que ses sept tranches (0, 15, 30, 45, 60, 75, 90) ; choisissez des tranches qui les regroupent, ou prenez un fichier par âge détaillé.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="304" />
        <source>Field '{field}': {count} member row(s) with no agreement code, at row(s) {ids}. Fill them or remove those rows.</source>
        <translation>Champ '{field}' : {count} ligne(s) de membre sans code de convention, ligne(s) {ids}. Remplissez-les ou retirez ces lignes.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="316" />
        <source>Field '{field}': {count} empty member id(s), at row(s) {ids}. Fill them or remove those rows.</source>
        <translation>Champ '{field}' : {count} identifiant(s) de membre vide(s), ligne(s) {ids}. Remplissez-les ou retirez ces lignes.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/louvain.py" line="79" />
        <source>Resolution {resolution}: the Louvain resolution must be a number above 0 (1 is the usual modularity; smaller gives fewer, larger basins).</source>
        <translation>Résolution {resolution} : la résolution de Louvain doit être un nombre supérieur à 0 (1 est la modularité usuelle ; plus petite donne des bassins moins nombreux et plus grands).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/coordinates.py" line="58" />
        <source>position outside the area of use of its coordinate system (no point)</source>
        <translation>position hors du domaine d'emploi de son système de coordonnées (pas de point)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/coordinates.py" line="61" />
        <source>x and y (or latitude and longitude) swapped: fix the record (no point)</source>
        <translation>x et y (ou latitude et longitude) inversés : corrigez l'enregistrement (pas de point)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/coordinates.py" line="64" />
        <source>position outside the territory of the record (no point)</source>
        <translation>position hors du territoire de l'enregistrement (pas de point)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess_json.py" line="71" />
        <source>establishment closed (etatObjet not A, or dateFermeture passed)</source>
        <translation>établissement fermé (etatObjet différent de A, ou dateFermeture passée)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess_json.py" line="72" />
        <source>no categorieentiteGeographiqueExercice (category other)</source>
        <translation>pas de categorieentiteGeographiqueExercice (catégorie other)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess_json.py" line="73" />
        <source>record that is not a JSON object (skipped)</source>
        <translation>enregistrement qui n'est pas un objet JSON (ignoré)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess_json.py" line="135" />
        <source>File '{path}': a JSON file with no 'pmej' array, not the FINESS Structures feed. Choose finess-structures-*.json from data.gouv.fr.</source>
        <translation>Fichier '{path}' : un fichier JSON sans tableau 'pmej', pas le flux FINESS Structures. Choisissez finess-structures-*.json de data.gouv.fr.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess_json.py" line="214" />
        <source>File '{path}', line {line}: bytes that are not UTF-8 (byte {byte}). The FINESS JSON feed is UTF-8: download it again, or convert it from {encoding} to UTF-8.</source>
        <translation>Fichier '{path}', ligne {line} : octets qui ne sont pas de l'UTF-8 (octet {byte}). Le flux JSON FINESS est en UTF-8 : téléchargez-le à nouveau, ou convertissez-le de {encoding} en UTF-8.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess_json.py" line="294" />
        <source>File '{path}', line {line}: not valid JSON ({message}). The file may be cut short: download it again.</source>
        <translation>Fichier '{path}', ligne {line} : JSON non valide ({message}). Le fichier est peut-être tronqué : téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="778" />
        <source>The Walloon and Flemish rules count the GPs located in each municipality: {count} Belgian unit(s), first ids: {ids}. Give the GP practices layer (GP_SUPPLY).</source>
        <translation>Les règles wallonne et flamande comptent les médecins installés dans chaque commune : {count} unité(s) belge(s), premiers identifiants : {ids}. Donnez la couche des cabinets de médecins généralistes (GP_SUPPLY).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="799" />
        <source>Field '{field}': {count} French unit(s) without a territoire de vie-santé (TVS), first ids: {ids}. The TVS rule needs every French commune in a TVS.</source>
        <translation>Champ '{field}' : {count} unité(s) française(s) sans territoire de vie-santé (TVS), premiers identifiants : {ids}. La règle du TVS demande que chaque commune française appartienne à un TVS.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/indicators.py" line="37" />
        <source>the APL (consultations per year per standardised inhabitant)</source>
        <translation>l'APL (consultations par an et par habitant standardisé)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/indicators.py" line="38" />
        <source>FTE GPs per 100,000 inhabitants</source>
        <translation>des ETP de médecins généralistes pour 100 000 habitants</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/indicators.py" line="39" />
        <source>GPs (head count) per 100,000 inhabitants</source>
        <translation>des médecins généralistes (effectifs) pour 100 000 habitants</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/indicators.py" line="40" />
        <source>FTE per inhabitant</source>
        <translation>des ETP par habitant</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/indicators.py" line="41" />
        <source>a measure of unknown unit</source>
        <translation>une mesure d'unité inconnue</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/accessibility.py" line="504" />
        <source>Parameter '{field}': {value} is not a share. Give a weight between 0 (national supply only) and 1 (every resident at full weight across the border).</source>
        <translation>Paramètre '{field}' : {value} n'est pas une part. Donnez un poids entre 0 (offre nationale seule) et 1 (chaque habitant à plein poids sur l'autre versant).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/louvain.py" line="88" />
        <source>The number of Louvain tries must be 1 or more, got {value}.</source>
        <translation>Le nombre d'essais de Louvain doit être d'au moins 1, reçu {value}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="245" />
        <source>Field '{field}': {count} care type(s) asked for are not in the flow table: {ids}. The table holds: {present}.</source>
        <translation>Champ '{field}' : {count} type(s) de soins demandé(s) absent(s) de la table des flux : {ids}. La table contient : {present}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="503" />
        <source>{count} unit(s) are cut off from their basin's hub and touch no other basin (e.g. islands), first: {ids}. They stay in the basin they were given.</source>
        <translation>{count} unité(s) sont coupées du pôle de leur bassin et ne touchent aucun autre bassin (par ex. des îles), premières : {ids}. Elles restent dans le bassin reçu.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/webmap.py" line="293" />
        <source>Layer '{layer}': {count} feature(s) without a value in the key field left off the web map (first rows: {ids}).</source>
        <translation>Couche '{layer}' : {count} entité(s) sans valeur dans le champ clé laissée(s) hors de la carte web (premières lignes : {ids}).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/webmap.py" line="407" />
        <source>Field '{field}': {count} agreement(s) have no member unit at this date and are left off the web map: {ids}. Add member units or choose another date.</source>
        <translation>Champ '{field}' : {count} convention(s) n'ont aucune unité membre à cette date et sont laissées hors de la carte web : {ids}. Ajoutez des unités membres ou choisissez une autre date.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/webmap.py" line="438" />
        <source>{count} member establishment(s) have no coordinates: {ids}. They are listed on the web map without a distance or a marker; give them a point geometry.</source>
        <translation>{count} établissement(s) membre(s) sans coordonnées : {ids}. Ils sont listés sur la carte web sans distance ni marqueur ; donnez-leur une géométrie ponctuelle.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/webmap.py" line="448" />
        <source>Field '{field}': {count} member establishment(s) are on no side of the border ({sides}): {ids}. The web map lists them for residents of both sides; fill in their country.</source>
        <translation>Champ '{field}' : {count} établissement(s) membre(s) sur aucun versant de la frontière ({sides}) : {ids}. La carte web les liste pour les habitants des deux versants ; renseignez leur pays.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/agreements.py" line="232" />
        <source>Field '{field}': {count} member(s) leave before they join (code/id): {ids}. The end date must be on or after the 'member since' date, or empty.</source>
        <translation>Champ '{field}' : {count} membre(s) quittent la convention avant d'y entrer (code/id) : {ids}. La date de fin doit être égale ou postérieure à la date « membre depuis », ou vide.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/scenario.py" line="106" />
        <source>Field '{field}': {count} supply id(s) match no supply point, first: {ids}. Check the ids against the supply layer and the added points.</source>
        <translation>Champ '{field}' : {count} identifiant(s) d'offre ne correspondent à aucun point d'offre, premiers : {ids}. Vérifiez les identifiants dans la couche d'offre et les points ajoutés.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/scenario.py" line="131" />
        <source>Field '{field}': {count} added supply point(s) reuse an existing id, first: {ids}. Give added points new ids.</source>
        <translation>Champ '{field}' : {count} point(s) d'offre ajouté(s) reprennent un identifiant existant, premiers : {ids}. Donnez de nouveaux identifiants aux points ajoutés.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/scenario.py" line="185" />
        <source>Parameter '{field}': {count} membership(s) to remove do not exist, first: {ids}. Check the agreement codes and unit ids.</source>
        <translation>Paramètre '{field}' : {count} adhésion(s) à retirer n'existent pas, premières : {ids}. Vérifiez les codes de convention et les identifiants d'unité.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/siting.py" line="139" />
        <source>Parameter '{field}': {value} sites asked for, but there are {candidates} candidate(s). Ask for 1 to {candidates} sites, or give more candidates.</source>
        <translation>Paramètre '{field}' : {value} sites demandés, mais il y a {candidates} candidat(s). Demandez de 1 à {candidates} sites, ou fournissez plus de candidats.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/siting.py" line="152" />
        <source>Field '{field}': the demand of all {units} unit(s) is 0. There is nothing to cover: choose the population field.</source>
        <translation>Champ '{field}' : la demande des {units} unité(s) est nulle partout. Il n'y a rien à couvrir : choisissez le champ de population.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/siting.py" line="208" />
        <source>Parameter '{field}': a grid of {value} m gives {count} points over the units. Choose a larger spacing (at most 5,000,000 points).</source>
        <translation>Paramètre '{field}' : une grille de {value} m donne {count} points sur les unités. Choisissez un pas plus grand (5 000 000 points au plus).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="677" />
        <source>Field '{field}': {count} French unit(s) hold {kind} (field {kind_field}), not the APL the French zoning reads, first ids: {ids}. Run zoast:apl (French APL) and choose its access field, or set the indicator type if the field really is the APL. With units of both countries, give one field holding the APL for French units and FTE per 100,000 for Belgian units, with {kind_field} (the model zoast:zoast_diagnosis builds it).</source>
        <translation>Champ '{field}' : {count} unité(s) française(s) contiennent {kind} (champ {kind_field}), pas l'APL que lit le zonage français, premiers identifiants : {ids}. Lancez zoast:apl (APL française) et choisissez son champ access, ou déclarez le type d'indicateur si le champ est bien l'APL. Pour des unités des deux pays, donnez un seul champ qui contient l'APL pour les unités françaises et les ETP pour 100 000 pour les unités belges, avec {kind_field} (le modèle zoast:zoast_diagnosis le construit).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="693" />
        <source>Field '{field}': {count} Belgian unit(s) hold {kind} (field {kind_field}), not GPs per 100,000, first ids: {ids}. Run zoast:accessibility with the capacity fte and the scale 100000 and choose its access field, or set the indicator type. With units of both countries, give one field holding the APL for French units and FTE per 100,000 for Belgian units, with {kind_field} (the model zoast:zoast_diagnosis builds it).</source>
        <translation>Champ '{field}' : {count} unité(s) belge(s) contiennent {kind} (champ {kind_field}), pas des médecins pour 100 000, premiers identifiants : {ids}. Lancez zoast:accessibility avec la capacité fte et l'échelle 100000 et choisissez son champ access, ou déclarez le type d'indicateur. Pour des unités des deux pays, donnez un seul champ qui contient l'APL pour les unités françaises et les ETP pour 100 000 pour les unités belges, avec {kind_field} (le modèle zoast:zoast_diagnosis le construit).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/basins.py" line="686" />
        <source>{count} basin(s) stay under the minimum LI, population or flow volume: they touch no basin to merge into. First hubs (or first unit of a basin without hub): {ids}.</source>
        <translation>{count} bassin(s) restent sous le LI, la population ou le volume de flux minimal : ils ne touchent aucun bassin avec lequel fusionner. Premiers pôles (ou première unité d'un bassin sans pôle) : {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/finess_json.py" line="144" />
        <source>File '{path}': a FINESS Structures feed with no establishment (no 'ege' record in its {count} legal entit(y/ies)): nothing to import. Choose the full finess-structures-*.json from data.gouv.fr.</source>
        <translation>Fichier '{path}' : un flux FINESS Structures sans aucun établissement (aucun enregistrement 'ege' dans ses {count} entité(s) juridique(s)) : rien à importer. Choisissez le fichier complet finess-structures-*.json sur data.gouv.fr.</translation>
    </message>
</context>
<context>
    <name>ZoastGapClasses</name>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="85" />
        <source>Outside the GP zoning (France)</source>
        <translation>Hors zonage médecins (France)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="86" />
        <source>Severe GP shortage (Wallonia)</source>
        <translation>Pénurie sévère de médecins généralistes (Wallonie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="87" />
        <source>GP shortage (Wallonia)</source>
        <translation>Pénurie de médecins généralistes (Wallonie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="88" />
        <source>No GP shortage (Wallonia)</source>
        <translation>Pas de pénurie de médecins généralistes (Wallonie)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="89" />
        <source>Priority zone (Flanders)</source>
        <translation>Zone prioritaire (Flandre)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="90" />
        <source>Not a priority zone (Flanders)</source>
        <translation>Hors zone prioritaire (Flandre)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="91" />
        <source>Brussels: no rule applied</source>
        <translation>Bruxelles : aucune règle appliquée</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="96" />
        <source>Wallonia: AViQ Impulseo GP shortage</source>
        <translation>Wallonie : pénurie de médecins généralistes AViQ Impulseo</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="98" />
        <source>No rule</source>
        <translation>Aucune règle</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="111" />
        <source>Severe shortage</source>
        <translation>Pénurie sévère</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="112" />
        <source>Shortage</source>
        <translation>Pénurie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="113" />
        <source>No shortage</source>
        <translation>Pas de pénurie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="114" />
        <source>Not judged</source>
        <translation>Non évaluée</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="83" />
        <source>Potential ZIP (priority intervention zone)</source>
        <translation>ZIP potentielle (zone d'intervention prioritaire)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="84" />
        <source>Potential ZAC (complementary action zone)</source>
        <translation>ZAC potentielle (zone d'action complémentaire)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="95" />
        <source>France: APL GP zoning (2017 thresholds; the ARS decides)</source>
        <translation>France : zonage médecins sur l'APL (seuils de 2017 ; l'ARS décide)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/core/zoning.py" line="97" />
        <source>Flanders: Departement Zorg priority zones</source>
        <translation>Flandre : zones prioritaires du Departement Zorg</translation>
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
        <translation>Nom (français)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="29" />
        <source>Name (Dutch)</source>
        <translation>Nom (néerlandais)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="30" />
        <source>Signed on</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="31" />
        <source>In force from</source>
        <translation>Date d'entrée en vigueur</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="32" />
        <source>Ends on</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="33" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="34" />
        <source>Care covered</source>
        <translation>Soins couverts</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="35" />
        <source>Insurers</source>
        <translation>Organismes assureurs</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="36" />
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="37" />
        <source>Member units</source>
        <translation>Communes membres</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="38" />
        <source>Establishments</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="39" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="40" />
        <source>Member since</source>
        <translation>Membre depuis le</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="41" />
        <source>Member until</source>
        <translation>Membre jusqu'au</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="51" />
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="52" />
        <source>Merged</source>
        <translation>Fusionnée</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="53" />
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="59" />
        <source>Ambulatory care</source>
        <translation>Soins ambulatoires</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/gui/labels.py" line="60" />
        <source>Hospital care</source>
        <translation>Hospitalisation</translation>
    </message>
</context>
<context>
    <name>ZoastLegends</name>
    <message>
        <location filename="../zoast_plugin/processing/legends.py" line="30" />
        <source>France → Belgium</source>
        <translation>France → Belgique</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/legends.py" line="31" />
        <source>Belgium → France</source>
        <translation>Belgique → France</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/legends.py" line="32" />
        <source>Domestic</source>
        <translation>Intérieur au pays</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/legends.py" line="33" />
        <source>Other directions</source>
        <translation>Autres directions</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/legends.py" line="36" />
        <source>line width: patients</source>
        <translation>épaisseur : patients</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/legends.py" line="37" />
        <source>points per 10,000 inhabitants</source>
        <translation>points pour 10 000 habitants</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/legends.py" line="40" />
        <source>consultations per year per standardised inhabitant</source>
        <translation>consultations par an et par habitant standardisé</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/legends.py" line="41" />
        <source>{capacity} per {scale} inhabitants</source>
        <translation>{capacity} pour {scale} habitants</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/legends.py" line="38" />
        <source>% of their cross-border patients an extension would cover</source>
        <translation>% de leurs patients transfrontaliers qu'une extension couvrirait</translation>
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
        <location filename="../zoast_plugin/processing/provider.py" line="53" />
        <source>ZOAST cross-border health</source>
        <translation>ZOAST – santé transfrontalière</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/provider.py" line="56" />
        <source>ZOAST cross-border health access (France–Belgium)</source>
        <translation>ZOAST – accès transfrontalier aux soins (France–Belgique)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/provider.py" line="67" />
        <source>The Python package '{name}' (version {wanted} or newer, for {why}) is missing or too old (found: {found}). ZOAST algorithms are not available until it is installed.</source>
        <translation>Le paquet Python '{name}' (version {wanted} ou ultérieure, utilisé pour : {why}) est absent ou trop ancien (version trouvée : {found}). Les algorithmes ZOAST ne sont pas disponibles tant qu'il n'est pas installé.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/provider.py" line="76" />
        <source>Optional Python package '{name}' is missing: {why} are not available.</source>
        <translation>Le paquet Python facultatif '{name}' est absent : fonctionnalités indisponibles ({why}).</translation>
    </message>
</context>
<context>
    <name>alg</name>
    <message>
        <location filename="../zoast_plugin/processing/parameters.py" line="57" />
        <source>Analysis CRS (projected, metres)</source>
        <translation>SCR d'analyse (projeté, mètres)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/parameters.py" line="57" />
        <source>Distances are measured in this projected CRS. ETRS89-LAEA (EPSG:3035) suits both France and Belgium.</source>
        <translation>Les distances sont mesurées dans ce SCR projeté. ETRS89-LAEA (EPSG:3035) convient à la fois pour la France et la Belgique.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/parameters.py" line="71" />
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
        <translation>Table de coûts : champ d'identifiant d'origine (unité)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="55" />
        <source>Field of the cost table holding the unit id.</source>
        <translation>Champ de la table de coûts contenant l'identifiant de l'unité.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="57" />
        <source>Cost table: destination (supply) id field</source>
        <translation>Table de coûts : champ d'identifiant de destination (offre)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="57" />
        <source>Field of the cost table holding the supply id.</source>
        <translation>Champ de la table de coûts contenant l'identifiant de l'offre.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="59" />
        <source>Cost table: minutes field</source>
        <translation>Table de coûts : champ des minutes</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="59" />
        <source>Field of the cost table holding the travel time in minutes.</source>
        <translation>Champ de la table de coûts contenant le temps de trajet en minutes.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="62" />
        <source>Road lines; travel times follow the network (bounded Dijkstra). Lines that share an end point are connected.</source>
        <translation>Lignes du réseau routier ; les temps de trajet suivent le réseau (Dijkstra borné). Les lignes qui partagent une extrémité sont connectées.</translation>
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
        <translation>Coûts de trajet issus de la table : {count} lignes.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="153" />
        <source>Road network</source>
        <translation>Réseau routier</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="173" />
        <source>Road network: {nodes} nodes, {edges} edges.</source>
        <translation>Réseau routier : {nodes} nœuds, {edges} arcs.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="70" />
        <source>Territorial units (communes)</source>
        <translation>Unités territoriales (communes)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="70" />
        <source>Communes or other units, as points or polygons (polygons use their point on surface).</source>
        <translation>Communes ou autres unités, sous forme de points ou de polygones (pour les polygones, leur point sur la surface est utilisé).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/unit_inputs.py" line="28" />
        <source>Unit id field</source>
        <translation>Champ d'identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/unit_inputs.py" line="28" />
        <source>Unique id of each unit, e.g. FR:59350 or BE:57081.</source>
        <translation>Identifiant unique de chaque unité, par ex. FR:59350 ou BE:57081.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="192" />
        <source>Supply points</source>
        <translation>Points d'offre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/unit_inputs.py" line="16" />
        <source>GP practices, hospitals or other care supply, as points.</source>
        <translation>Cabinets de médecine générale, hôpitaux ou autre offre de soins, sous forme de points.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="90" />
        <source>Supply id field</source>
        <translation>Champ d'identifiant de l'offre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="90" />
        <source>Unique id of each supply point.</source>
        <translation>Identifiant unique de chaque point d'offre.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/parameters.py" line="50" />
        <source>Parameter '{label}' ({name}): choose a field.</source>
        <translation>Paramètre '{label}' ({name}) : choisissez un champ.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="176" />
        <source>{count} road line(s) gave no edge (too short or empty), first ids: {ids}.</source>
        <translation>{count} tronçon(s) routier(s) n'ont produit aucun arc (trop courts ou vides), premiers identifiants : {ids}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="169" />
        <source>ZOAST agreements</source>
        <translation>Conventions ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="50" />
        <source>Optional: the agreements table (zoast_agreements of an agreements store), one row per agreement. Its attributes are copied to the output; its in_force_from and ends_on dates are used with the date parameter. Without it, the agreements are the codes found in the members.</source>
        <translation>Facultatif : table des conventions (zoast_agreements d'une base de conventions), une ligne par convention. Ses attributs sont copiés dans la sortie ; ses dates in_force_from et ends_on sont utilisées avec le paramètre de date. En son absence, les conventions sont les codes trouvés dans la table des membres.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="57" />
        <source>Agreements: code field</source>
        <translation>Conventions : champ du code</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="57" />
        <source>Unique code of each agreement.</source>
        <translation>Code unique de chaque convention.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="226" />
        <source>ZOAST agreement members</source>
        <translation>Membres des conventions ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="64" />
        <source>Table of agreement code and member unit id, one row per membership (zoast_members of an agreements store). The country of each member is read from the units layer.</source>
        <translation>Table des codes de convention et des identifiants des unités membres, une ligne par adhésion (zoast_members d'une base de conventions). Le pays de chaque membre est lu dans la couche des unités.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="71" />
        <source>Members: agreement code field</source>
        <translation>Membres : champ du code de convention</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="71" />
        <source>Agreement code in the members table.</source>
        <translation>Code de la convention dans la table des membres.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="73" />
        <source>Members: unit id field</source>
        <translation>Membres : champ d'identifiant de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="73" />
        <source>Member unit id in the members table (same ids as the units layer).</source>
        <translation>Identifiant de l'unité membre dans la table des membres (mêmes identifiants que la couche des unités).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="76" />
        <source>Members: member since field</source>
        <translation>Membres : champ de la date d'adhésion</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="76" />
        <source>Date the unit joined the agreement; read only when a date is given. Empty dates mean 'from the start'.</source>
        <translation>Date à laquelle l'unité a rejoint la convention ; lue uniquement si une date est indiquée. Une date vide signifie 'depuis l'origine'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="230" />
        <source>ZOAST member establishments</source>
        <translation>Établissements membres des conventions ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="84" />
        <source>Optional: table of agreement code and member establishment id (zoast_establishments of an agreements store).</source>
        <translation>Facultatif : table des codes de convention et des identifiants des établissements membres (zoast_establishments d'une base de conventions).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="91" />
        <source>Establishments: agreement code field</source>
        <translation>Établissements : champ du code de convention</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="91" />
        <source>Agreement code in the member establishments table.</source>
        <translation>Code de la convention dans la table des établissements membres.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="94" />
        <source>Establishments: establishment id field</source>
        <translation>Établissements : champ d'identifiant de l'établissement</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="94" />
        <source>Member establishment id (the supply_id of the hospitals or facilities).</source>
        <translation>Identifiant de l'établissement membre (supply_id des hôpitaux ou établissements).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="99" />
        <source>Establishments: country field</source>
        <translation>Établissements : champ du pays</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="99" />
        <source>FR or BE for each member establishment.</source>
        <translation>FR ou BE pour chaque établissement membre.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="102" />
        <source>Establishments: member since field</source>
        <translation>Établissements : champ de la date d'adhésion</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="102" />
        <source>Date the establishment joined the agreement; read only when a date is given.</source>
        <translation>Date à laquelle l'établissement a rejoint la convention ; lue uniquement si une date est indiquée.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="110" />
        <source>Members covered at date (YYYY-MM-DD)</source>
        <translation>Membres couverts à la date du (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="132" />
        <source>Parameter AT_DATE: '{value}' is not a date. Write it as YYYY-MM-DD, e.g. 2023-01-01, or leave it empty.</source>
        <translation>Paramètre AT_DATE : '{value}' n'est pas une date. Saisissez-la au format AAAA-MM-JJ, par ex. 2023-01-01, ou laissez vide.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/algorithms/webmap.py" line="61" />
        <source>Layer '{layer}' has no field '{field}': read as empty.</source>
        <translation>La couche '{layer}' n'a pas de champ '{field}' : lu comme vide.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="208" />
        <source>{units} member unit(s) and {establishments} member establishment(s) used.</source>
        <translation>{units} unité(s) membre(s) et {establishments} établissement(s) membre(s) utilisés.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="133" />
        <source>Patient flows</source>
        <translation>Flux de patients</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="48" />
        <source>One row per origin unit, destination and care type, with the number of patients, of stays and the amount paid (e.g. the insurers' cross-border care tables).</source>
        <translation>Une ligne par unité d'origine, destination et type de soins, avec le nombre de patients, de séjours et le montant payé (par ex. tableaux des soins transfrontaliers des organismes assureurs).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="54" />
        <source>Flows: origin unit id field</source>
        <translation>Flux : champ d'identifiant de l'unité d'origine</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="54" />
        <source>Unit where the patients live (ids of the units layer).</source>
        <translation>Unité de résidence des patients (identifiants de la couche des unités).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="56" />
        <source>Flows: destination id field</source>
        <translation>Flux : champ d'identifiant de destination</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="56" />
        <source>Facility where they are treated (ids of the facilities layer), or a unit id when no facilities layer is given.</source>
        <translation>Établissement où ils sont soignés (identifiants de la couche des établissements), ou identifiant d'unité en l'absence de couche des établissements.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="59" />
        <source>Flows: care type field</source>
        <translation>Flux : champ du type de soins</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="59" />
        <source>Optional: nature of the care (hospital stay, day case, ambulatory…). Empty values are counted as 'unspecified'.</source>
        <translation>Facultatif : nature des soins (séjour hospitalier, hospitalisation de jour, soins ambulatoires…). Les valeurs vides sont comptées comme 'unspecified'.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="62" />
        <source>Flows: patients field</source>
        <translation>Flux : champ des patients</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="62" />
        <source>Number of patients of each flow.</source>
        <translation>Nombre de patients de chaque flux.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="64" />
        <source>Flows: stays field</source>
        <translation>Flux : champ des séjours</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="68" />
        <source>Flows: amount field (euros)</source>
        <translation>Flux : champ du montant (euros)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="68" />
        <source>Optional: amount paid in euros. Leave empty when the table has none.</source>
        <translation>Facultatif : montant payé en euros. Laisser vide si la table n'en comporte pas.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="71" />
        <source>Communes and municipalities on both sides of the border (polygons use their point on surface).</source>
        <translation>Communes des deux côtés de la frontière (pour les polygones, leur point sur la surface est utilisé).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="79" />
        <source>Unit country field</source>
        <translation>Champ du pays de l'unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="78" />
        <source>FR or BE: gives each flow its direction.</source>
        <translation>FR ou BE : donne à chaque flux son sens.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="80" />
        <source>Facilities (destinations)</source>
        <translation>Établissements (destinations)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="80" />
        <source>Optional: hospitals or other facilities the flows go to, as points. Without it, the destination of each flow is a unit id.</source>
        <translation>Facultatif : hôpitaux ou autres établissements vers lesquels vont les flux, sous forme de points. En son absence, la destination de chaque flux est un identifiant d'unité.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="87" />
        <source>Facility id field</source>
        <translation>Champ d'identifiant de l'établissement</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="87" />
        <source>Unique id of each facility.</source>
        <translation>Identifiant unique de chaque établissement.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="89" />
        <source>Facility country field</source>
        <translation>Champ du pays de l'établissement</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="89" />
        <source>FR or BE for each facility.</source>
        <translation>FR ou BE pour chaque établissement.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="91" />
        <source>Care types (comma-separated)</source>
        <translation>Types de soins (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="91" />
        <source>Optional: keep only these care types, e.g. hospital_stay,day_case. Empty: every care type.</source>
        <translation>Facultatif : ne conserver que ces types de soins, par ex. hospital_stay,day_case. Vide : tous les types de soins.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="116" />
        <source>Reading the layers…</source>
        <translation>Lecture des couches…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="188" />
        <source>Territorial units</source>
        <translation>Unités territoriales</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="127" />
        <source>Facilities</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="165" />
        <source>Parameter CARE_TYPES: none of {wanted} is a care type of the flows (field '{field}'). Care types present: {present}.</source>
        <translation>Paramètre CARE_TYPES : aucun des types {wanted} n'est un type de soins des flux (champ '{field}'). Types de soins présents : {present}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="171" />
        <source>Care type(s) not in the flows, ignored: {types}.</source>
        <translation>Type(s) de soins absent(s) des flux, ignoré(s) : {types}.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="176" />
        <source>{count} flow(s) of other care types left out.</source>
        <translation>{count} flux d'autres types de soins écartés.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/category_inputs.py" line="38" />
        <source>Category mapping table</source>
        <translation>Table de correspondance des catégories</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/category_inputs.py" line="21" />
        <source>Mapping table: code field</source>
        <translation>Table de correspondance : champ du code</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/category_inputs.py" line="21" />
        <source>Field of the mapping table holding the source code (e.g. the FINESS categetab).</source>
        <translation>Champ de la table de correspondance contenant le code de la source (par ex. le categetab FINESS).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/category_inputs.py" line="24" />
        <source>Mapping table: category field</source>
        <translation>Table de correspondance : champ de la catégorie</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/category_inputs.py" line="24" />
        <source>Field of the mapping table holding the ZOAST category (a lower-case word such as gp, hospital, pharmacy).</source>
        <translation>Champ de la table de correspondance contenant la catégorie ZOAST (mot en minuscules comme gp, hospital, pharmacy).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/category_inputs.py" line="49" />
        <source>{count} record(s) have a code missing from the category mapping; they get the category '{default}':</source>
        <translation>{count} enregistrement(s) ont un code absent de la table de correspondance des catégories ; ils reçoivent la catégorie '{default}' :</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/category_inputs.py" line="54" />
        <source>  code '{code}' ({label}): {count} record(s), e.g. {ids}</source>
        <translation>  code '{code}' ({label}) : {count} enregistrement(s), par ex. {ids}</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="64" />
        <source>Optional: number of stays or contacts. Leave empty when the table has none. Empty cells (small counts hidden by the insurers) are read as unknown and counted.</source>
        <translation>Facultatif : nombre de séjours ou de contacts. Laissez vide si la table n'en a pas. Les cellules vides (petits effectifs masqués par les organismes assureurs) sont lues comme inconnues et comptées.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="158" />
        <source>Field '{field}': {count} empty cell(s), read as unknown (not 0) and left out of the sums.</source>
        <translation>Champ « {field} » : {count} cellule(s) vide(s), lue(s) comme inconnue(s) (pas 0) et laissée(s) hors des sommes.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="80" />
        <source>Members: member until field</source>
        <translation>Membres : champ membre jusqu'au</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="80" />
        <source>Last day the unit is covered (a commune that left the zone); read only when a date is given. Empty: still a member.</source>
        <translation>Dernier jour où la commune est couverte (commune sortie de la zone) ; lu seulement quand une date est donnée. Vide : toujours membre.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="106" />
        <source>Establishments: member until field</source>
        <translation>Établissements : champ membre jusqu'au</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="106" />
        <source>Last day the establishment is listed; read only when a date is given. Empty: still listed.</source>
        <translation>Dernier jour où l'établissement est listé ; lu seulement quand une date est donnée. Vide : toujours listé.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="110" />
        <source>Optional: keep only the memberships in force at this date (member since on or before it, member until empty or on or after it; with an agreements table, the agreement in force on that day too, so an ended or merged zone is left out). Empty: every membership, or, with an agreements table, those in force today.</source>
        <translation>Facultatif : ne garder que les adhésions en vigueur à cette date (membre depuis ce jour ou avant, membre jusqu'au vide ou ce jour ou après ; avec une table des conventions, la convention aussi en vigueur ce jour-là, si bien qu'une zone terminée ou fusionnée est laissée de côté). Vide : toutes les adhésions, ou, avec une table des conventions, celles en vigueur aujourd'hui.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="195" />
        <source>No date given: the agreements and members in force today ({date}) are used.</source>
        <translation>Aucune date donnée : les conventions et membres en vigueur aujourd'hui ({date}) sont utilisés.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="279" />
        <source>{count} membership(s) not in force on {date} left out (member since later, member until earlier, or agreement not in force).</source>
        <translation>{count} adhésion(s) pas en vigueur le {date} laissée(s) de côté (membre depuis une date postérieure, membre jusqu'à une date antérieure, ou convention pas en vigueur).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/agreement_inputs.py" line="242" />
        <source>Field '{field}': {count} member unit(s) have no usable geometry in the units layer, first: {ids}. Fix their geometry (Vector geometry &gt; Fix geometries) or choose another layer.</source>
        <translation>Champ '{field}' : {count} unité(s) membre(s) n'ont pas de géométrie utilisable dans la couche des unités, premières : {ids}. Corrigez leur géométrie (Géométrie vectorielle &gt; Réparer les géométries) ou choisissez une autre couche.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="35" />
        <source>Chosen sites (zoast:siting)</source>
        <translation>Sites choisis (zoast:siting)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="35" />
        <source>Optional: the candidates output of zoast:siting; the chosen ones are listed on a proposals page.</source>
        <translation>Facultatif : la sortie des candidats de zoast:siting ; les sites choisis sont listés sur une page de propositions.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="41" />
        <source>Complementarity proposals</source>
        <translation>Propositions de complémentarité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="41" />
        <source>Optional: the output of zoast:complementarities; the best proposals are listed on a proposals page.</source>
        <translation>Facultatif : la sortie de zoast:complementarities ; les meilleures propositions sont listées sur une page de propositions.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="48" />
        <source>Proposals listed</source>
        <translation>Propositions listées</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="48" />
        <source>How many complementarity proposals the proposals page lists (those removing the most shortfall).</source>
        <translation>Combien de propositions de complémentarité la page de propositions liste (celles qui comblent le plus de déficit).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="143" />
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="146" />
        <source>Where to open new practices</source>
        <translation>Où ouvrir de nouveaux cabinets</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="149" />
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="149" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="149" />
        <source>Gain (demand covered or FTE)</source>
        <translation>Gain (demande couverte ou ETP)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="153" />
        <source>Cross-border complementarities</source>
        <translation>Complémentarités transfrontalières</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="158" />
        <source>ZOAST</source>
        <translation>ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="158" />
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="158" />
        <source>Class before → after</source>
        <translation>Classe avant → après</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="158" />
        <source>Access gain</source>
        <translation>Gain d'accessibilité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/report_proposals.py" line="158" />
        <source>Total shortfall change (FTE)</source>
        <translation>Évolution du déficit total (ETP)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/border.py" line="27" />
        <source>Supply across the border</source>
        <translation>Offre de l'autre côté de la frontière</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/border.py" line="27" />
        <source>Never (national supply only)</source>
        <translation>Jamais (offre nationale uniquement)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/border.py" line="27" />
        <source>Only inside a shared ZOAST agreement</source>
        <translation>Uniquement au sein d'une même convention ZOAST</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/border.py" line="27" />
        <source>Always (open border)</source>
        <translation>Toujours (frontière ouverte)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/border.py" line="27" />
        <source>Whether a unit may use supply in the other country: never, only when the unit and the unit where the supply lies belong to the same ZOAST agreement, or always.</source>
        <translation>Indique si une unité peut recourir à l'offre de l'autre pays : jamais, uniquement lorsque l'unité et l'unité où se situe l'offre appartiennent à la même convention ZOAST, ou toujours.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/border.py" line="47" />
        <source>Table of agreement code and member unit id (the zoast_members table of an agreements store). Needed when supply is used only inside a ZOAST.</source>
        <translation>Table des codes de convention et des identifiants des unités membres (table zoast_members d'une base de conventions). Nécessaire lorsque l'offre n'est utilisée qu'au sein d'une ZOAST.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/border.py" line="56" />
        <source>Member unit id in the members table.</source>
        <translation>Identifiant de l'unité membre dans la table des membres.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="76" />
        <source>Demand field (population)</source>
        <translation>Champ de demande (population)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="76" />
        <source>Inhabitants of each unit: the demand of the floating catchment and the population of the rules.</source>
        <translation>Habitants de chaque unité : la demande de l'aire flottante et la population des règles.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="79" />
        <source>FR or BE: the rule that judges the unit and which supply is across the border.</source>
        <translation>FR ou BE : la règle qui juge l'unité et l'offre qui est de l'autre côté de la frontière.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="81" />
        <source>Area field (km²)</source>
        <translation>Champ de surface (km²)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="81" />
        <source>Area of each unit for the Flemish density rule. Without it the area is computed from the polygons.</source>
        <translation>Superficie de chaque unité pour la règle de densité flamande. Sans elle, la superficie est calculée à partir des polygones.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="84" />
        <source>GP practices, one point per GP or per practice.</source>
        <translation>Cabinets de médecine générale, un point par médecin ou par cabinet.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="92" />
        <source>Capacity field</source>
        <translation>Champ de capacité</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="92" />
        <source>Supply of each point, in FTE (see the scale parameters).</source>
        <translation>Offre de chaque point, en ETP (voir les paramètres d'échelle).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="94" />
        <source>Supply country field</source>
        <translation>Champ du pays de l'offre</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="94" />
        <source>FR or BE for each supply point.</source>
        <translation>FR ou BE pour chaque point d'offre.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="100" />
        <source>Floating catchment method</source>
        <translation>Méthode des aires flottantes</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="100" />
        <source>2SFCA (equal weight inside the catchment)</source>
        <translation>2SFCA (poids égal dans l'aire d'attraction)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="100" />
        <source>E2SFCA (step weights)</source>
        <translation>E2SFCA (poids par palier)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="100" />
        <source>Gaussian decay</source>
        <translation>Décroissance gaussienne</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="100" />
        <source>How access decays with travel time (see zoast:accessibility).</source>
        <translation>Comment l'accessibilité décroît avec le temps de trajet (voir zoast:accessibility).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="108" />
        <source>E2SFCA steps (minutes:weight;…)</source>
        <translation>Paliers E2SFCA (minutes:poids;…)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="108" />
        <source>Up to N minutes → weight, separated by semicolons. Used by the E2SFCA method.</source>
        <translation>Jusqu'à N minutes → poids, séparés par des points-virgules. Utilisé par la méthode E2SFCA.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="114" />
        <source>Gaussian sigma (minutes)</source>
        <translation>Sigma gaussien (minutes)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="114" />
        <source>Width of the Gaussian decay. Used by the Gaussian method.</source>
        <translation>Largeur de la décroissance gaussienne. Utilisé par la méthode gaussienne.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="122" />
        <source>Scale of French accessibility</source>
        <translation>Facteur d'échelle de l'accessibilité française</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="122" />
        <source>French access (capacity per inhabitant) is multiplied by this to be in consultations per year per inhabitant, the APL's unit: the activity of one FTE when the capacity is in FTE.</source>
        <translation>L'accessibilité française (capacité par habitant) est multipliée par ce nombre pour être en consultations par an et par habitant, l'unité de l'APL : l'activité d'un ETP quand la capacité est en ETP.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="130" />
        <source>Scale of Belgian accessibility</source>
        <translation>Facteur d'échelle de l'accessibilité belge</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="130" />
        <source>Belgian access (capacity per inhabitant) is multiplied by this to be in GPs per 100,000 inhabitants (100000 when the capacity is in FTE).</source>
        <translation>L'accessibilité belge (capacité par habitant) est multipliée par ce nombre pour être en médecins généralistes pour 100 000 habitants (100000 quand la capacité est en ETP).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/flow_inputs.py" line="147" />
        <source>Field '{field}': none of the {count} destination id(s) of the flows is a unit, first: {ids}. If they are establishments, give the facilities layer (FACILITIES); otherwise choose the field that holds the destination unit ids.</source>
        <translation>Champ '{field}' : aucun des {count} identifiant(s) de destination des flux n'est une unité, premiers : {ids}. S'il s'agit d'établissements, donnez la couche Établissements (FACILITIES) ; sinon choisissez le champ qui contient les identifiants des unités de destination.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/border.py" line="36" />
        <source>Share of demand using supply across the border</source>
        <translation>Part de la demande qui utilise l'offre de l'autre versant</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/border.py" line="36" />
        <source>Weight β of a unit–supply pair across the border, as in zoast:accessibility: a share β of the unit's residents competes for the other side's supply and its access gains β times what that supply offers. 0 = national supply only; 1 = every resident at full weight (an upper bound). Default 0.013: about 20,000 ZOAST patients in 2015 for about 1.5 million inhabitants of the member units. It changes the analytical results only.</source>
        <translation>Poids β d'une paire unité–offre de part et d'autre de la frontière, comme dans zoast:accessibility : une part β des résidents de l'unité est en concurrence pour l'offre de l'autre versant et son accessibilité gagne β fois ce que cette offre apporte. 0 = offre nationale seule ; 1 = tous les résidents à plein poids (une borne haute). 0,013 par défaut : environ 20 000 patients ZOAST en 2015 pour environ 1,5 million d'habitants des unités membres. Il ne change que les résultats analytiques.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="53" />
        <source>Territoire de vie-santé field (TVS rule)</source>
        <translation>Champ du territoire de vie-santé (règle TVS)</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="53" />
        <source>The territoire de vie-santé (TVS) of each French commune: the official French class judges the population-weighted mean APL of its TVS. When the layer has no such field, communes are judged on their own APL (with a warning).</source>
        <translation>Le territoire de vie-santé (TVS) de chaque commune française : la classe officielle française juge l'APL moyenne de son TVS, pondérée par la population. Quand la couche n'a pas ce champ, les communes sont jugées sur leur propre APL (avec un avertissement).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="60" />
        <source>Supply: GP aged 65 or over field</source>
        <translation>Offre : champ médecin de 65 ans ou plus</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/chain_inputs.py" line="60" />
        <source>True (1) for a GP aged 65 or more: the official Flemish rule counts the GPs under 65 located in the municipality (one supply point = one GP). Without it, the GPs' age or birth year is used when given, else every GP is counted (with a warning).</source>
        <translation>Vrai (1) pour un médecin de 65 ans ou plus : la règle officielle flamande compte les médecins de moins de 65 ans installés dans la commune (un point d'offre = un médecin). Sans ce champ, l'âge ou l'année de naissance des médecins est utilisé s'il est donné, sinon tous les médecins sont comptés (avec un avertissement).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="61" />
        <source>Cancelled by the user.</source>
        <translation>Annulé par l'utilisateur.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="63" />
        <source>Saving the outputs…</source>
        <translation>Enregistrement des sorties…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="122" />
        <source>Road search radius: {radius} km (the cut-off at the fastest speed along one edge, {speed} km/h as the crow flies).</source>
        <translation>Rayon de recherche sur le réseau routier : {radius} km (le seuil à la vitesse la plus élevée le long d'un tronçon, {speed} km/h à vol d'oiseau).</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="151" />
        <source>Reading the road network…</source>
        <translation>Lecture du réseau routier…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="159" />
        <source>Field '{field}': {count} road line(s) faster than {limit} km/h, first ids: {ids}. Check these speeds: one fast line widens the search of every origin and slows the whole run.</source>
        <translation>Champ '{field}' : {count} tronçon(s) routier(s) à plus de {limit} km/h, premiers identifiants : {ids}. Vérifiez ces vitesses : un seul tronçon rapide élargit la recherche de chaque origine et ralentit tout le calcul.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/travel_costs.py" line="169" />
        <source>Building the road graph…</source>
        <translation>Construction du graphe routier…</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/base.py" line="70" />
        <source>Could not save the output {path} ({error}). Check that the folder is writable, that no folder has that name and that the file is not open in another program.</source>
        <translation>Impossible d'enregistrer la sortie {path} ({error}). Vérifiez que le dossier est accessible en écriture, qu'aucun dossier ne porte ce nom et que le fichier n'est pas ouvert dans un autre programme.</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/unit_inputs.py" line="34" />
        <source>Population field</source>
        <translation>Champ de population</translation>
    </message>
    <message>
        <location filename="../zoast_plugin/processing/unit_inputs.py" line="34" />
        <source>Inhabitants of each unit.</source>
        <translation>Habitants de chaque unité.</translation>
    </message>
</context>
</TS>
