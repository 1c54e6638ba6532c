# titel: Dorian
# kind: Dorian, 17 jaar
# leeftijd: 17
# thema: Dader en slachtoffer tegelijk: onder dwang meisjes ronselen voor seksuele uitbuiting
# rol: Jongerenwerker in een jongerencentrum
# duur: 25
# inhoud: Deze casus gaat over Dorian, een jongen van 17 die onder bedreiging meisjes ronselt voor uitbuiters. Die dwingen de meisjes tot seks met mannen. Dorian is dader en tegelijk zelf slachtoffer. Er wordt niets expliciet getoond, maar dreiging, geweld en seksuele uitbuiting van kinderen komen ter sprake. Je kunt op elk moment pauzeren of stoppen. Aan het eind lees je waar je terechtkunt als dit iets bij je oproept.

// Niet Pluis, casus Dorian. Alle personen zijn verzonnen.
// Variabelen (bewust weinig):
//   vertrouwen       hoeveel Dorian de speler is gaan vertrouwen
//   gewacht          hoe vaak de speler afwachtte terwijl handelen nodig was
//   overhaast        hoe vaak de speler overhaast of publiekelijk optrad
//   dader_alleen     Dorian alleen als dader behandeld (door de speler)
//   mila_meegenomen  Mila (14) is zaterdag naar de uitbuiter gebracht
// Verder gebruikt het verhaal de bezoektellingen van knopen (bijv. {woensdag_verbod}).

VAR vertrouwen = 0
VAR gewacht = 0
VAR overhaast = 0
VAR dader_alleen = false
VAR mila_meegenomen = false

-> dinsdag

// ---------------------------------------------------------------------------
// Beslissing 1: wat je ziet op dinsdagavond
// ---------------------------------------------------------------------------
=== dinsdag ===
Het is dinsdagavond in jongerencentrum De Loods. Je werkt hier al zes jaar als jongerenwerker. # plek: jongerencentrum # tijd: Dinsdag, 19.30 uur
Dorian is zeventien en komt hier sinds zijn twaalfde. Vroeger won hij elk pooltoernooi en hielp hij bij de kookavond. De laatste maanden is hij stiller, sneller geïrriteerd, en hij blijft nooit lang.
Vanavond zit hij niet bij de jongens van zijn leeftijd, maar op de bank bij een groepje meiden uit de derde klas. Hij trakteert op cola en chips en maakt ze aan het lachen. Lina, vijftien, zit het dichtst bij hem. Haar vriendin Mila, veertien, zit op de leuning. # signaal: aandacht_jonge_meiden
Hij heeft twee telefoons. De ene ligt op tafel, de andere houdt hij steeds in zijn hand. Die zoemt voortdurend, en elke keer kijkt hij meteen. # signaal: twee_telefoons
Na een paar minuten loopt hij met die tweede telefoon aan zijn oor naar buiten.
Wat doe je? # gespreksvraag: Wat zie je hier: een puber die flirt, of iets anders? Waar baseer je dat op, en wat doe je met dat gevoel?
+ [Je pakt de vuilniszak achter de bar en loopt ook naar buiten, om rustig te zien met wie hij praat. #belang: +1 #verwijzing: +1 #feedback: Je neemt je niet-pluisgevoel serieus zonder iemand aan te spreken of te beschuldigen. Zo verzamel je signalen die je later met anderen kunt delen: de eerste stap van de Meldcode. #bron: Tip 4; Meldcode stap 1]
    -> dinsdag_buiten
+ [Je loopt naar het groepje en zegt hardop: "Dorian, laat die meiden met rust. En jullie: kijk een beetje uit met wie je omgaat." #belang: -1 #geen_schuld: -2 #feedback: Je wilt de meiden beschermen, maar je zet Dorian waar iedereen bij is weg als dader en legt de verantwoordelijkheid bij de meiden. Dorian weet nu dat je oplet, en wie hem aanstuurt straks misschien ook. Signalen verzamel je beter eerst rustig; een gesprek voer je apart. #bron: Tip 4; Tip 2; VRK art. 16]
    ~ overhaast++
    -> dinsdag_publiek
+ [Je laat het zo. Het zijn pubers die met elkaar kletsen, en Dorian is al jaren een vertrouwd gezicht. #belang: -1 #feedback: Begrijpelijk, maar een oudere jongen die jonge meiden trakteert, met een telefoon die hij nooit loslaat, vraagt om een tweede blik. Uitbuiters werken vaak subtiel, en juist dan telt je niet-pluisgevoel. #bron: Tip 4; Tip 3]
    ~ gewacht++
    -> dinsdag_laten

=== dinsdag_buiten ===
Buiten staat een witte auto met draaiende motor. Achter het stuur zit een man van een jaar of dertig. Dorian buigt zich naar het open raam en knikt steeds, met opgetrokken schouders. # signaal: auto_voor_de_deur
Als hij jou ziet, doet hij een stap achteruit. De auto rijdt langzaam weg.
Gewoon een vriend. # spreker: Dorian
Je zegt alleen dat hij je weet te vinden als er iets is, en gooit de vuilniszak in de container. Hij kijkt je even aan, langer dan anders.
~ vertrouwen++
-> sluitingstijd

=== dinsdag_publiek ===
Het wordt stil op de bank. Lina kijkt naar de grond, een van haar vriendinnen giechelt ongemakkelijk.
Dorian staat op zonder iets te zeggen. Door het raam zie je hem instappen bij een witte auto die al een tijd met draaiende motor voor de deur stond. # signaal: stapt_in_witte_auto
Kort daarna gaan ook de meiden weg. Lina zegt je geen gedag.
-> sluitingstijd

=== dinsdag_laten ===
Je gaat verder achter de bar. Als je later opkijkt, zit Dorian weer naast Lina en laat hij haar iets zien op zijn telefoon. Ze lacht.
-> sluitingstijd

// ---------------------------------------------------------------------------
// Beslissing 2: Dorian wil niet naar huis
// ---------------------------------------------------------------------------
=== sluitingstijd ===
{ dinsdag_publiek:
    Om kwart over tien doe je de lichten uit. Iedereen is weg. Dan gaat de deur nog één keer open: Dorian is teruggekomen. # tijd: Dinsdag, 22.15 uur
- else:
    Om kwart over tien doe je de lichten uit. Iedereen is weg, behalve Dorian. # tijd: Dinsdag, 22.15 uur
}
Hij vraagt of hij vannacht op de bank in het kantoortje mag slapen. Thuis is gedoe, zegt hij. # signaal: slaapt_niet_thuis
Onder de lamp in de gang zie je een verse blauwe plek op zijn jukbeen. Hij trekt snel zijn capuchon op. # signaal: blauwe_plek
{ dinsdag_publiek:
    Was dat nou nodig, net? Waar iedereen bij stond? # spreker: Dorian
}
Wat zeg je? # gespreksvraag: Dorian vraagt om een slaapplek en verbergt een blauwe plek. Wat wil je met dit korte gesprek bereiken?
+ [Ik zeg: "Slapen kan hier niet, maar ik laat je ook niet zomaar de straat op. Ik zie die plek op je wang. Je hoeft niks uit te leggen, maar ik maak me zorgen om je. Zullen we even zitten?" #belang: +2 #geen_schuld: +1 #feedback: Je laat Dorian merken dat je hem ziet, zonder te oordelen of hem uit te horen. Zulk echt, laagdrempelig contact is vaak waar een jongere later op terugvalt als het misgaat. #bron: Tip 6; VRK art. 19]
    ~ vertrouwen++
    -> sluitingstijd_zitten
+ [Ik zeg: "Wat heb jij nou weer uitgespookt? Ruzie gezocht zeker?" #belang: -1 #geen_schuld: -2 #feedback: Je vraag gaat ervan uit dat hij die blauwe plek aan zichzelf te danken heeft. Een jongen die bedreigd wordt, hoort dan dat volwassenen hem als probleem zien en niet als iemand die gevaar loopt. Dan zwijgt hij. #bron: Tip 4; Tip 6; VRK art. 19]
    -> sluitingstijd_verwijt

=== sluitingstijd_zitten ===
Hij ploft op de bank. Een tijd zegt hij niets. Dan zegt hij dat hij met de scooter is gevallen.
Ik moet gewoon wat dingen regelen. Als dat gelukt is, is het klaar. # spreker: Dorian
Zijn telefoon zoemt. Op het scherm staat maar één letter: V. Dorian wordt bleek, leest het bericht en staat op. # signaal: bang_voor_berichten
Samen met hem bel je zijn moeder. Ze werkt nachtdiensten en klinkt moe. Hij kan gewoon thuiskomen, zegt ze. En of jij weet dat school heeft gebeld: hij is al drie weken niet geweest. # signaal: schoolverzuim
Dorian fietst weg, de capuchon diep over zijn hoofd. Voor je naar huis gaat, schrijf je op wat je vanavond hebt gezien.
-> woensdag

=== sluitingstijd_verwijt ===
Laat maar. # spreker: Dorian
Hij schiet langs je heen naar buiten. Op de hoek van de straat staat hij te bellen, met zijn rug naar De Loods. Waar hij vannacht slaapt, weet je niet.
-> woensdag

// ---------------------------------------------------------------------------
// Beslissing 3: teamoverleg, Ruud wil een pandverbod
// ---------------------------------------------------------------------------
=== woensdag ===
Woensdagochtend is er teamoverleg. Je vertelt wat je gisteren hebt gezien. # plek: kantoor # tijd: Woensdag, 10.15 uur
Ruud, je collega, werkt hier nog langer dan jij. Hij schudt zijn hoofd.
Ik heb het ook gezien. Die jongen ronselt meiden voor een of andere pooier. Dan ben je zelf ook gewoon een pooier, sorry. Ik wil hem een pandverbod geven, vandaag nog. Onze meiden moeten hier veilig zijn. # spreker: Ruud
Iedereen kijkt naar jou. # gespreksvraag: Ruud wil de meiden beschermen. Wat levert een pandverbod de meiden op, en wat kost het Dorian?
+ [Ik zeg: "De meiden beschermen, daar ben ik het helemaal mee eens. Maar Dorian is zelf zeventien, en iemand anders lijkt hem aan te sturen. Misschien wordt hij net zo goed gebruikt. Laten we de signalen op een rij zetten en Samira erbij halen." #belang: +2 #geen_schuld: +2 #verwijzing: +1 #feedback: Je houdt beide kinderen in beeld: de meiden die gevaar lopen, en Dorian, die dader en slachtoffer tegelijk kan zijn. Met de aandachtsfunctionaris erbij zet je de tweede stap van de Meldcode, in plaats van hem uit het zicht te sturen. #bron: Tip 7; Meldcode stap 2; VRK art. 3]
    -> woensdag_samira
+ [Ik zeg: "Je hebt gelijk. Een pandverbod, dan is het hier tenminste veilig." #belang: -2 #geen_schuld: -2 #feedback: Een pandverbod voelt als bescherming, maar de meiden blijven gewoon bereikbaar voor Dorian, alleen niet meer onder jullie ogen. En Dorian verliest misschien de laatste plek waar volwassenen hem zien. Zo duw je een jongen die zelf onder druk staat verder richting zijn uitbuiter. #bron: Tip 7; Tip 2; VRK art. 3]
    ~ overhaast++
    -> woensdag_verbod
+ [Ik zeg: "Het is nog te vaag om iets mee te doen. Laten we het een paar weken aankijken." #belang: -1 #verwijzing: -2 #feedback: Twijfelen is normaal. Juist dan vraagt de Meldcode om overleg: met een collega, de aandachtsfunctionaris of Veilig Thuis. Afwachten geeft de uitbuiter tijd, en ronselen gaat vaak snel. #bron: Meldcode stap 2; Tip 4; Tip 8]
    ~ gewacht++
    -> woensdag_wachten

=== woensdag_samira ===
Samira, de aandachtsfunctionaris van jullie organisatie, schuift aan. Ze luistert, leest je aantekeningen en zegt dan:
Dit is een vermoeden van uitbuiting. Van de meiden, en misschien ook van Dorian. Bel de zorgcoördinator mensenhandel; voor advies kan dat ook zonder namen. En duikt er een datum of een adres op, dan moet dat meteen naar de politie. # spreker: Samira
Dus wij gaan een pooier helpen? # spreker: Ruud
We gaan twee kinderen helpen. Dat Dorian iets ernstigs doet, betekent niet dat hij zelf geen slachtoffer is: misschien wordt hij net zo goed uitgebuit. Het een sluit het ander niet uit. # spreker: Samira
-> donderdag

=== woensdag_verbod ===
Ruud belt Dorian die middag: hij komt er voorlopig niet meer in. Dorian antwoordt met één woord: prima.
Samira, de aandachtsfunctionaris, hoort het later en fronst.
Nu zien wij hem niet meer, en de meiden ziet hij gewoon op straat. Een jongen van zeventien die meiden ronselt, is niet zomaar een pooier. Vaak staat er iemand achter hem die hem dwingt. Bel de zorgcoördinator mensenhandel. # spreker: Samira
-> donderdag

=== woensdag_wachten ===
Het overleg gaat door naar het volgende punt. Ruud mompelt nog iets over 'dat soort jongens'. Niemand spreekt hem tegen.
Na afloop houdt Samira, de aandachtsfunctionaris, je staande bij de koffieautomaat.
Als je twijfelt, kom dan bij mij. Je kunt ook de zorgcoördinator mensenhandel bellen, desnoods zonder namen. En wat Ruud zei, klopt niet: een jongen die onder druk meiden ronselt, kan zelf slachtoffer zijn. # spreker: Samira
Je knikt. Het is een drukke week.
-> donderdag

// ---------------------------------------------------------------------------
// Beslissing 4: Lina vertelt over het feestje
// ---------------------------------------------------------------------------
=== donderdag ===
Donderdagmiddag blijft Lina hangen als haar vriendinnen naar huis gaan. Ze trekt aan haar mouwen. # plek: jongerencentrum # tijd: Donderdag, 16.15 uur
{ woensdag_verbod:
    Dorian mag er niet meer in, vertelt ze. Nu wacht hij haar elke dag na school op bij de snackbar om de hoek. # signaal: opgewacht_bij_snackbar
}
Ze heeft nieuwe sneakers aan, duurder dan iemand hier kan betalen. Van Dorian, zegt ze. # signaal: cadeaus_voor_lina
Dorian zegt dat ik zaterdag mee mag naar een feestje. Met oudere vrienden van hem, in een flat aan de Parkweg. Als ik meega, krijg ik een nieuwe telefoon. # spreker: Lina # signaal: uitnodiging_feestje
{ gewacht >= 1:
    Mila heeft ook berichtjes van hem gekregen. Of zij zaterdag ook mee wil. Ze is pas veertien. # spreker: Lina # signaal: mila_benaderd
}
{ dinsdag_publiek:
    Hij zegt dat jij hem niet mag. Dat volwassenen het toch nooit snappen. # spreker: Lina
}
Zeg het alsjeblieft niet tegen mijn ouders. Dan mag ik nooit meer weg. En Dorian is gewoon aardig. # spreker: Lina
Lina kijkt je afwachtend aan. # gespreksvraag: Lina vraagt je niets te zeggen. Hoe neem je haar serieus en zorg je tegelijk dat ze zaterdag veilig is?
+ [Ik zeg: "Goed dat je het me vertelt. Als iemand je cadeaus geeft en je meeneemt naar een feestje met oudere mannen, ligt het probleem bij hen, niet bij jou. Ik kan niet beloven dat ik het voor me houd, want ik wil dat je veilig bent. Wel vertel ik je steeds wat ik doe." #belang: +2 #geen_schuld: +2 #verwijzing: +1 #feedback: Je neemt Lina serieus, legt de verantwoordelijkheid bij wie haar wil uitbuiten en belooft niets wat je niet kunt waarmaken. Je handelt straks misschien zonder haar toestemming, maar niet buiten haar medeweten. #bron: VRK art. 12; VRK art. 34; Tip 6]
    -> donderdag_serieus
+ [Ik zeg: "Waarom zou je met zo'n jongen meegaan? Een nieuwe telefoon voor een feestje, dat is toch wel erg naïef." #belang: -1 #geen_schuld: -3 #feedback: Met 'naïef' leg je de schuld bij Lina, terwijl die ligt bij wie haar wil inpalmen en uitbuiten. Wie zo'n reactie krijgt, vertelt de volgende keer niets meer, en daar rekent een uitbuiter nu juist op. #bron: Terminologiegids; Tip 6; VRK art. 34]
    -> donderdag_naief
+ [Je zegt dat je haar ouders nu meteen belt, en pakt je telefoon. #belang: -1 #verwijzing: -1 #feedback: Ouders horen er vaak bij, afhankelijk van hun rol. Maar als je meteen en over Lina's hoofd heen belt, zonder plan voor haar veiligheid, verlies je haar vertrouwen, en kan het nieuws via boze ouders bij Dorian en de uitbuiter belanden. Overleg eerst met de zorgcoördinator of Veilig Thuis hoe en wanneer. #bron: Tip 8; VRK art. 5; VRK art. 12]
    ~ overhaast++
    -> donderdag_ouders

=== donderdag_serieus ===
Lina knikt langzaam. Wat ga je dan doen, vraagt ze.
Je legt het uit: je overlegt vandaag nog met iemand die hier verstand van heeft, en je belt haar morgen. Je vertelt ook over Chat met Fier, waar ze anoniem kan praten als ze dat liever wil.
Ze stopt haar telefoon weg en staat op.
Niet te boos worden op Dorian, hè. Volgens mij is hij zelf ook bang. # spreker: Lina # signaal: lina_ziet_angst
-> donderdag_bellen

=== donderdag_naief ===
Lina's gezicht klapt dicht.
Laat maar. Het is gewoon een feestje. # spreker: Lina
Ze pakt haar tas en gaat.
-> donderdag_bellen

=== donderdag_ouders ===
Lina springt op en rent naar buiten. Bij de deur roept ze nog dat ze je nooit meer iets vertelt.
Haar vader neemt op. Als je vertelt wat je weet, is hij even stil. Dan zegt hij dat hij die jongen wel even zal vinden, en hangt op.
-> donderdag_bellen

// ---------------------------------------------------------------------------
// Beslissing 5: wie bel je?
// ---------------------------------------------------------------------------
=== donderdag_bellen ===
Je gaat in het kantoortje zitten met je telefoon. Het feestje is overmorgen. # plek: telefoon # tijd: Donderdag, 17.10 uur
{ donderdag_ouders:
    Een halfuur later appt een collega: Lina's vader staat bij de snackbar tegen Dorian te schreeuwen, waar iedereen bij staat.
}
Wie bel je? # gespreksvraag: Er ligt een datum en een plek. Wie moet wat weten, en hoe snel? Is die route in jullie organisatie bekend?
+ [Je belt de zorgcoördinator mensenhandel van de regio en vertelt alles: over Lina, over het feestje van zaterdag en over Dorian. #belang: +2 #verwijzing: +3 #feedback: De zorgcoördinator mensenhandel is de spil bij een vermoeden van uitbuiting. Zij kan adviseren, politie en zorg met elkaar verbinden en naar beide kinderen kijken. Je hoeft dit niet alleen uit te zoeken. #bron: Tip 8; Tip 3; VRK art. 35]
    -> bellen_zorgcoordinator
+ [Je belt de politie en meldt dat er zaterdag een meisje van vijftien naar een adres wordt gebracht waar ze mogelijk wordt uitgebuit. #belang: +1 #verwijzing: +2 #feedback: Goed: een concreet gevaar voor Lina hoort bij de politie, en die weet het nu op tijd. Maar zo staat Dorian alleen in een politiedossier. Met de zorgcoördinator mensenhandel erbij wordt ook gekeken naar zorg en bescherming, voor Lina en voor Dorian. #bron: Tip 8; VRK art. 34]
    -> bellen_politie
+ [Je belt nog niemand. Eerst wil je zelf met Dorian praten om te horen wat er echt speelt. Je appt hem dat je hem morgen wilt spreken. #belang: -2 #verwijzing: -2 #feedback: Je wilt het zeker weten, maar bewijs verzamelen is niet jouw taak. Er ligt een datum: dit signaal hoort nu bij de zorgcoördinator en de politie. Een gesprek met Dorian voordat er een plan is, kan hem en Lina bovendien in gevaar brengen als zijn uitbuiter ervan hoort. #bron: Meldcode stap 3; Tip 8; VRK art. 19]
    ~ gewacht++
    -> bellen_niemand

=== bellen_zorgcoordinator ===
De zorgcoördinator heet Esther. Ze luistert zonder je te onderbreken.
Dat feestje moet vandaag nog naar de politie. Ik bel de mensenhandelrechercheurs van de AVIM. Morgenochtend zitten we met elkaar om tafel, en dan kijken we naar Lina én naar Dorian. # spreker: Esther
-> vrijdag

=== bellen_politie ===
De agent aan de telefoon noteert het adres en de tijd en zet het door naar de AVIM, de afdeling met rechercheurs die gespecialiseerd zijn in mensenhandel. Over Dorian vraagt hij alleen zijn achternaam.
Een uur later belt Esther, de zorgcoördinator mensenhandel. De politie heeft haar ingeschakeld.
Morgenochtend is er overleg. Dan kijken we ook naar die jongen. # spreker: Esther
-> vrijdag

=== bellen_niemand ===
Dorian leest je appje meteen. Hij antwoordt niet.
De volgende ochtend vraagt Samira hoe het met Dorian gaat. Als je over het feestje vertelt, pakt ze direct de telefoon en belt de zorgcoördinator mensenhandel, die meteen de politie inschakelt.
We zijn een dag kwijt. Bij zoiets telt elke dag. # spreker: Samira
-> vrijdag

// ---------------------------------------------------------------------------
// Beslissing 6: casusoverleg, de wijkagent noemt Dorian een pooier
// ---------------------------------------------------------------------------
=== vrijdag ===
{ bellen_niemand:
    Pas vrijdagmiddag zit je met Samira aan tafel, samen met Esther, de zorgcoördinator mensenhandel, rechercheur De Wit van de AVIM en wijkagent Kramer. # plek: kantoor # tijd: Vrijdag, 13.30 uur
- else:
    Vrijdagochtend zit je met Samira aan tafel, samen met Esther, de zorgcoördinator mensenhandel, rechercheur De Wit van de AVIM en wijkagent Kramer. # plek: kantoor # tijd: Vrijdag, 9.30 uur
}
De Wit vertelt dat de politie morgenavond het adres in de gaten houdt.
Ik ken die Dorian wel. Dat is gewoon zo'n loverboy, een pooier in de dop. Als we hem hebben, nemen we hem mee en klaar. # spreker: Wijkagent Kramer
Kramer kijkt jou aan: jij kent Dorian het best. # gespreksvraag: Dorian ronselt meiden en wordt zelf bedreigd. Hoe breng je allebei in, zonder het een weg te poetsen met het ander?
+ [Ik zeg: "Wat hij doet, is ernstig, en de veiligheid van de meiden gaat voor. Maar hij is zeventien, hij is bang, hij had een verse blauwe plek en iemand stuurt hem aan. Ik denk dat hij zelf ook wordt uitgebuit. Kunnen we hem ook zo bekijken?" #belang: +2 #geen_schuld: +2 #verwijzing: +1 #feedback: Je brengt het hele beeld in: de meiden moeten beschermd worden, en Dorian kan tegelijk dader en slachtoffer zijn. Dat praat niet goed wat hij doet, maar het is wel de enige manier om de cirkel te doorbreken. #bron: Tip 7; art. 273f Sr; VRK art. 3]
    -> vrijdag_beide
+ [Ik zeg: "Eens. Wie meiden ronselt, is een pooier. Leeftijd of niet." #belang: -2 #geen_schuld: -3 #feedback: Zo wordt Dorian alleen nog als dader gezien. Wat hem wordt aangedaan, en door wie, verdwijnt uit beeld, en daarmee ook de kans om hem te beschermen en het ronselen echt te stoppen. Ook een jongen die ronselt, kan zelf slachtoffer van mensenhandel zijn. #bron: Tip 7; art. 273f Sr; Terminologiegids]
    ~ dader_alleen = true
    -> vrijdag_dader
+ [Ik zeg: "Wat ik over Dorian weet, houd ik liever voor me. Als hij hoort dat ik met de politie heb gepraat, ben ik hem kwijt." #belang: -2 #verwijzing: -2 #feedback: Je wilt het contact met Dorian niet verliezen, en dat is begrijpelijk. Maar wat jij weet, kan de politie helpen om de meiden én Dorian te beschermen tegen wie hem aanstuurt. Beide kinderen hebben recht op bescherming; de vertrouwensband mag hulp niet in de weg staan. #bron: VRK art. 3; Tip 6; Tip 8]
    ~ gewacht++
    -> vrijdag_achterhouden

=== vrijdag_beide ===
Als hij onder dwang staat, willen we dat weten. Dan is hij ook een belangrijke getuige. # spreker: Rechercheur De Wit
-> vrijdag_esther

=== vrijdag_dader ===
Kramer knikt tevreden. Esther niet.
-> vrijdag_esther

=== vrijdag_achterhouden ===
Esther kijkt je vriendelijk maar beslist aan.
Zonder wat jij weet, kan niemand hem goed beschermen, ook niet tegen de man die hem aanstuurt. En de meiden hebben net zo goed recht op bescherming. Het contact met Dorian houd je juist door eerlijk te zijn over wat je doet. # spreker: Esther
Uiteindelijk vertel je het toch. Er is weer tijd verloren gegaan.
-> vrijdag_esther

=== vrijdag_esther ===
Ik wil één ding rechtzetten. Loverboy is een veel te mooi woord: er is geen liefde, het is mensenhandel. En Dorian is zeventien. Iemand dwingen tot strafbare feiten valt sinds 2013 ook onder mensenhandel, artikel 273f. Volgens de Aanwijzing mensenhandel van het OM worden slachtoffers beschermd tegen vervolging voor strafbare feiten waartoe ze gedwongen zijn. Of dat voor Dorian geldt, beoordeelt het OM. Dat maakt het voor de meiden niet minder erg. Het betekent dat we hier twee kinderen moeten beschermen. # spreker: Esther
Esther maakt afspraken. De politie houdt morgen het adres in de gaten. Zij regelt met Veilig Thuis dat er vandaag nog iemand met Lina en haar ouders praat, met een plan voor het weekend.
{ donderdag_ouders:
    Lina's ouders weten het al. Haar vader wil zelf de straat op. Esther gaat eerst met hem praten, voordat hij iets doet wat Lina of Dorian in gevaar brengt.
}
Jij bent voor Dorian het aanspreekpunt. Praat met hem. Wees eerlijk over je zorgen en over wat je meldt. Over wat de politie gaat doen, zeg je niets: dat kan hem en Lina in gevaar brengen. # spreker: Esther
-> vrijdag_melding

// ---------------------------------------------------------------------------
// Beslissing 7: de melding bij Veilig Thuis
// ---------------------------------------------------------------------------
=== vrijdag_melding ===
Na het overleg doe je, zoals afgesproken, een melding bij Veilig Thuis. De medewerker vraagt over wie de melding gaat. # plek: telefoon
Over wie meld je? # gespreksvraag: Hoort een jongen die verdacht wordt van ronselen in een melding bij Veilig Thuis? Wat kan Veilig Thuis voor hem en zijn gezin betekenen?
+ [Je meldt Lina, en ook Dorian: een jongen van zeventien die bedreigd wordt, waarschijnlijk zelf wordt uitgebuit en niet thuis durft te slapen. #belang: +2 #verwijzing: +2 #feedback: Dorian is ook een kind dat niet veilig is. Door hem mee te melden kan Veilig Thuis ook zijn veiligheid en die van zijn gezin beoordelen. De Meldcode geldt voor elk kind, ook voor een kind dat iets ernstigs doet. #bron: Meldcode stap 5; VRK art. 19; VRK art. 2]
    -> melding_beide
+ [Je meldt alleen Lina. Dorian is nu een zaak voor de politie. #belang: -2 #geen_schuld: -1 #verwijzing: -1 #feedback: Lina is nu goed in beeld, maar Dorian valt buiten de hulp: alleen de politie kijkt naar hem, als verdachte. Dat hij zelf bedreigd wordt, en zijn gezin misschien ook, ziet dan niemand. Ook een kind dat iets strafbaars doet, heeft recht op bescherming. #bron: VRK art. 2; VRK art. 19; Tip 7]
    ~ dader_alleen = true
    -> melding_lina

=== melding_beide ===
De medewerker van Veilig Thuis noteert alles. Ze vraagt of Dorian broertjes of zusjes heeft. Dat weet je niet.
Probeer daarachter te komen. Als hij bedreigd wordt, lopen zij misschien ook gevaar. # spreker: Medewerker Veilig Thuis
-> vrijdagavond

=== melding_lina ===
De medewerker vraagt of er nog andere kinderen bij betrokken zijn. Je zegt dat de rest bij de politie ligt.
-> vrijdagavond

// ---------------------------------------------------------------------------
// Beslissing 8: het gesprek met Dorian
// ---------------------------------------------------------------------------
=== vrijdagavond ===
~ temp open = vertrouwen - overhaast
{ woensdag_verbod:
    Dorian komt niet meer in De Loods. Je vindt hem 's avonds bij de snackbar en vraagt of hij een rondje met je wil lopen. Hij twijfelt lang, en loopt dan toch mee. # plek: straat_avond # tijd: Vrijdag, 20.15 uur
- else:
    Dorian komt De Loods binnen, haalt een cola en gaat niet bij de meiden zitten. Je vraagt of hij een rondje met je wil lopen. Hij haalt zijn schouders op en loopt mee naar buiten. # plek: straat_avond # tijd: Vrijdag, 20.15 uur
}
{ donderdag_ouders:
    Lina's vader heeft me gisteren uitgescholden waar de hele snackbar bij stond. Nu weet Vos dat haar ouders het weten. Weet je wat dat voor mij betekent? # spreker: Dorian
}
Jullie lopen langs het water. Hij is magerder geworden. Een hele tijd zegt hij niets. Dan vertelt hij, zonder je aan te kijken, over Vos: een man van in de dertig, voor wie hij meiden moet meenemen. Wat er daarna met die meiden gebeurt, zegt hij niet. Dat hoeft ook niet.
Als ik geen meiden meeneem, ben ik er geweest. Snap je? Dan ben ik er gewoon geweest. # spreker: Dorian # signaal: doodsangst
{ open >= 1:
    -> zusje_onthuld ->
}
{ open >= 2:
    -> eerder_onthuld ->
}
Hij blijft staan.
Je zegt hier toch niks over, hè? Tegen niemand. # spreker: Dorian
Hij wacht op je antwoord. # gespreksvraag: Dorian vraagt je om geheimhouding. Wat kun je hem eerlijk beloven, en wat niet?
+ [Ik zeg: "Dat kan ik niet beloven, want ik wil dat jij veilig bent, en die meiden ook. Wel beloof ik dat ik je niet laat vallen en dat ik je vertel wat ik doe. Wat je voor Vos moet doen, is ernstig. Tegelijk word jij bedreigd en gebruikt. Daar is hulp voor, en daar ben ik al mee bezig." #belang: +2 #geen_schuld: +2 #verwijzing: +1 #feedback: Je benoemt wat Dorian wordt aangedaan, zonder weg te poetsen wat hij doet. Je belooft niets wat je niet kunt waarmaken en vertelt eerlijk dat je hulp hebt ingeschakeld: zonder zijn toestemming, maar niet buiten hem om. #bron: Tip 7; Tip 6; VRK art. 12]
    ~ vertrouwen++
    -> gesprek_eerlijk
+ [Ik zeg: "Ik beloof het. Dit blijft tussen ons." #belang: -2 #verwijzing: -2 #feedback: Dorian heeft iemand nodig die hij kan vertrouwen, maar deze belofte kun je niet houden: er is al een melding gedaan en de politie weet van het feestje. Als hij daarachter komt, voelt hij zich verraden door de volwassene die hij nog vertrouwde. #bron: Tip 6; VRK art. 12; VRK art. 3]
    -> gesprek_belofte
+ [Ik zeg: "Weet je wel wat je die meiden aandoet? Jij bent gewoon een pooier, Dorian." #belang: -2 #geen_schuld: -3 #feedback: Wat Dorian doet, is ernstig, maar hem zo wegzetten sluit het gesprek af. Hij hoort dat hij alleen nog dader is, net nadat hij vertelde dat hij voor zijn leven vreest. De kans dat hij hulp aanneemt, of de meiden helpt, wordt zo kleiner. #bron: Tip 7; Terminologiegids; VRK art. 19]
    ~ overhaast++
    -> gesprek_pooier

=== zusje_onthuld ===
Ze weten waar mijn zusje op school zit. Roos. Ze is twaalf. # spreker: Dorian # signaal: dreiging_zusje
->->

=== eerder_onthuld ===
Ik was veertien toen het begon. Eerst pakketjes rondbrengen voor Vos. Toen zei hij dat ik hem geld schuldig was, en dat ik dat moest terugbetalen. Zo ging dat. # spreker: Dorian # signaal: eerder_uitgebuit
->->

=== gesprek_eerlijk ===
Dorian zegt lang niets.
Wat voor hulp dan? Niemand kan tegen Vos op. # spreker: Dorian
Je vertelt over Esther, over een veilige plek als dat nodig is, en over mensen die weten dat jongens zoals hij vaak zelf klem zitten. Over de politie zeg je niets. Je noemt ook Chat met Fier, voor als hij eerst anoniem wil praten.
Hij slaat je nummer op onder een andere naam. Voor het geval dat, zegt hij.
-> zaterdag

=== gesprek_belofte ===
Dorian knikt. Voor het eerst deze avond lacht hij even. Bij de brug neemt hij afscheid.
Op weg naar huis bedenk je dat de melding al gedaan is.
-> zaterdag

=== gesprek_pooier ===
Dorian blijft staan.
Jij snapt er helemaal niks van. # spreker: Dorian
Hij draait zich om en loopt weg. Even later zie je dat hij je nummer heeft geblokkeerd.
-> zaterdag

// ---------------------------------------------------------------------------
// Beslissing 9: zaterdagavond, acuut gevaar
// ---------------------------------------------------------------------------
=== zaterdag ===
{ gewacht >= 2:
    ~ mila_meegenomen = true
    Zaterdagavond zit je thuis. De politie houdt het adres van het feestje in de gaten, maar daar komt niemand. Mila, die al dagen berichtjes van Dorian kreeg, is vanavond ergens anders naartoe gebracht. Niemand had haar op tijd in beeld. # plek: thuis # tijd: Zaterdag, 21.30 uur
- else:
    Zaterdagavond zit je thuis. De politie houdt het adres van het feestje in de gaten. Er komt niemand. # plek: thuis # tijd: Zaterdag, 21.30 uur
}
{ donderdag_ouders:
    Lina is thuis. Haar ouders laten haar de deur niet meer uit, en als jij belt, neemt ze niet op.
- else:
    Lina is thuis. Esther en Veilig Thuis hebben gisteren met haar en haar ouders een plan gemaakt voor het weekend.
}
{ gesprek_eerlijk and vertrouwen > overhaast:
    -> zaterdag_dorian_belt
- else:
    -> zaterdag_lina_appt
}

=== zaterdag_dorian_belt ===
Om tien voor tien gaat je telefoon. Het is Dorian. Je hoort wind en zijn adem. Hij fluistert. # plek: telefoon # tijd: Zaterdag, 21.50 uur
{ mila_meegenomen:
    Ik heb Mila vanavond naar ze toe gebracht, naar een flat in de gemeente hiernaast. Ik kon niet anders, Vos stond erbij. Ze is daar nog. En nu denken ze dat ik gepraat heb. # spreker: Dorian
- else:
    Ik moest vanavond Mila ophalen. Ik heb het niet gedaan. Nu zoeken ze me. # spreker: Dorian
}
Ik zit achter de garageboxen bij het station. Er rijdt steeds een witte auto langs. # spreker: Dorian # signaal: witte_auto_bij_station
Wat doe je? # gespreksvraag: Dorian is verdachte en op dit moment in gevaar. Verandert het eerste iets aan wat je nu moet doen?
+ [Je zegt: "Blijf waar je bent. Ik bel nu 112 en bel je meteen terug." Dan bel je 112. #belang: +3 #verwijzing: +3 #feedback: Dorian is in acuut gevaar, en misschien een meisje ook. Dan bel je 112, ook al is hij verdachte: hij is ook een kind dat bescherming nodig heeft. Dat hij jou belde, laat zien wat een eerlijk gesprek waard is. #bron: Tip 8; VRK art. 19; VRK art. 35]
    -> zaterdag_112_dorian
+ [Je zegt: "Ga naar huis en doe de deur op slot. Maandag zoeken we het samen uit." #belang: -2 #verwijzing: -2 #feedback: Je wilt hem geruststellen, maar hij is nu in gevaar, niet maandag. Bij acuut gevaar bel je 112. Als je wacht, blijft hij alleen met de mensen die hem bedreigen. #bron: Tip 8; VRK art. 19]
    ~ gewacht++
    -> zaterdag_wacht_dorian

=== zaterdag_112_dorian ===
Binnen tien minuten staat er een politieauto bij het station. Dorian wordt meegenomen naar een veilige plek voor de nacht.
{ mila_meegenomen:
    Een uur later haalt de politie Mila weg uit de flat in de gemeente hiernaast. Ze wordt naar haar ouders gebracht en krijgt nog dezelfde nacht hulp.
}
Om drie uur 's nachts appt Dorian: ze zijn aardig hier. best raar.
-> twee_weken_later

=== zaterdag_wacht_dorian ===
Oké, zegt Dorian zacht, en hij hangt op.
Zondagochtend belt zijn moeder. Dorian is die nacht bij het station in elkaar geslagen. Hij ligt in het ziekenhuis.
{ mila_meegenomen:
    Mila is zondagochtend thuisgekomen. Tegen niemand zegt ze wat er is gebeurd.
}
-> twee_weken_later

=== zaterdag_lina_appt ===
Om half elf krijg je een appje van Lina{donderdag_naief or donderdag_ouders:, het eerste sinds donderdag}. # plek: telefoon # tijd: Zaterdag, 22.30 uur
{ mila_meegenomen:
    Mila is al sinds acht uur weg, met Dorian, naar een hotel. Ze neemt niet op. Ik ben zo bang. # spreker: Lina # signaal: mila_naar_hotel
- else:
    Mila is net met Dorian mee, naar een hotel. Ze neemt niet op. Ik ben zo bang. # spreker: Lina # signaal: mila_naar_hotel
}
{ not mila_meegenomen:
    Bij de flat aan de Parkweg kwam niemand, maar blijkbaar is er iets anders geregeld.
}
{ gesprek_belofte:
    Je belt Dorian. Hij neemt niet op. Na een minuut komt er één bericht: jij zou niks zeggen.
}
{ gesprek_eerlijk:
    Dorian heeft je nummer, maar hij heeft niet gebeld. Na deze week vertrouwt hij geen volwassene meer genoeg.
}
{ gesprek_pooier:
    Dorian heeft je nummer geblokkeerd. Je kunt hem niet bereiken.
}
Wat doe je? # gespreksvraag: Is dit een zaak voor 112, of kan het wachten tot maandag? Wat weegt zwaarder dan je twijfel?
+ [Je belt 112 en vertelt wat Lina schrijft: een meisje van veertien is met een oudere jongen mee naar een hotel, en daar wacht mogelijk een uitbuiter. #belang: +3 #verwijzing: +3 #feedback: Een meisje van veertien dat op dit moment naar een plek wordt gebracht waar ze kan worden uitgebuit: dat is acuut gevaar, dus 112. Ook Dorian loopt daar gevaar. Door meteen te bellen kan de politie beide kinderen nog bereiken. #bron: Tip 8; VRK art. 34; VRK art. 35]
    -> zaterdag_112_mila
+ [Je appt Mila en Dorian dat ze naar huis moeten gaan, en neemt je voor om maandag Esther te bellen. #belang: -2 #verwijzing: -2 #feedback: Een appje is te weinig als een meisje van veertien op dit moment in gevaar is, en maandag is te laat. Bij acuut gevaar bel je 112. Dat geldt voor Mila, en ook voor Dorian. #bron: Tip 8; VRK art. 34; VRK art. 19]
    ~ gewacht++
    -> zaterdag_wacht_mila

=== zaterdag_112_mila ===
De politie vindt Mila binnen het uur, in een hotel net over de gemeentegrens. { mila_meegenomen: Ze was daar al uren. | Ze zijn net op tijd. } Ze wordt naar haar ouders gebracht en krijgt nog dezelfde nacht hulp. Dorian wordt in de lobby aangehouden. Van Vos geen spoor.
-> twee_weken_later

=== zaterdag_wacht_mila ===
~ mila_meegenomen = true
Niemand antwoordt. Zondagochtend komt Mila thuis. Tegen niemand zegt ze wat er is gebeurd.
Dorian is verdwenen. Zijn moeder meldt hem als vermist. Vier dagen later vindt de politie hem aan de andere kant van de stad, in elkaar geslagen.
-> twee_weken_later

// ---------------------------------------------------------------------------
// Beslissing 10: wat heeft Dorian nodig?
// ---------------------------------------------------------------------------
=== twee_weken_later ===
Twee weken later is er een casusoverleg bij het wijkteam. Esther is er, een medewerker van Veilig Thuis, rechercheur De Wit, en Dorians moeder, met haar jas nog aan. # plek: wijkteam # tijd: Twee weken later
{ zaterdag_112_dorian:
    Dorian zit op een beschermde plek buiten de stad. Hij heeft de politie over Vos verteld. Hij is nog steeds verdachte, en tegelijk een belangrijke getuige.
}
{ zaterdag_wacht_dorian:
    Dorian is na drie dagen uit het ziekenhuis gekomen. Hij zit thuis en durft de deur niet meer uit.
}
{ zaterdag_112_mila:
    Dorian is na zijn aanhouding heengezonden, in afwachting van zijn zaak. Hij woont weer thuis en zegt tegen niemand iets.
}
{ zaterdag_wacht_mila:
    Dorian ligt nog in het ziekenhuis. Tegen de politie zegt hij niets.
}
{ zusje_onthuld:
    Veilig Thuis praat met zijn moeder over de veiligheid van Roos. Op haar school weten ze inmiddels wie haar wel en niet mag ophalen.
- else:
    Pas nu hoor je dat Dorian een zusje heeft: Roos, twaalf. Zijn moeder vertelt dat er vorige week een man bij haar school stond te wachten. # signaal: man_bij_school_zusje
}
Hij was altijd zo'n lieve jongen. Ik werkte alleen maar. Ik heb niks gezien. # spreker: Moeder van Dorian
Esther draait zich naar jou. Wat heeft Dorian volgens jou nodig? # gespreksvraag: Wat heeft een jonge dader nodig die zelf ook slachtoffer is? Wat is er in jullie gemeente of regio voor hem?
+ [Ik zeg: "Bescherming tegen Vos, een veilige plek en hulp bij wat hem is aangedaan. En iemand die samen met hem onder ogen ziet wat hij de meiden heeft aangedaan, met grenzen én met perspectief: school, werk, een toekomst. Ik blijf zijn aanspreekpunt, ook na zijn achttiende." #belang: +3 #geen_schuld: +1 #verwijzing: +2 #feedback: Je vraagt om bescherming en hulp voor Dorian, zonder weg te kijken van wat hij deed. Veel jonge daders waren eerst zelf slachtoffer; alleen met hulp, grenzen en perspectief wordt die cirkel doorbroken. Doorlopende zorg na zijn achttiende maakt herhaling minder waarschijnlijk. #bron: Tip 7; VRK art. 39; Tip 6]
    -> advies_beide
+ [Ik zeg: "Eerst moet hij zich maar verantwoorden voor wat hij die meiden heeft aangedaan. Hulp komt daarna wel." #belang: -2 #geen_schuld: -2 #feedback: Verantwoording hoort erbij, maar zonder bescherming en hulp keert Dorian terug naar de enige die hem nog 'beschermt': zijn uitbuiter. Straf zonder hulp doorbreekt de cirkel niet, en de Aanwijzing mensenhandel vraagt juist om slachtoffers niet te straffen voor wat ze gedwongen deden. #bron: Tip 7; VRK art. 39; art. 273f Sr]
    ~ dader_alleen = true
    -> advies_straf

=== advies_beide ===
Esther knikt en schrijft mee. Ze gaat het bespreken met de jeugdhulp en met het OM. Dorians moeder veegt haar ogen droog.
-> afloop

=== advies_straf ===
De rechercheur knikt. Esther zegt dat ze het anders ziet, maar het overleg loopt uit en de volgende casus wacht.
-> afloop

// ---------------------------------------------------------------------------
// Afloop
// ---------------------------------------------------------------------------
=== afloop ===
{
- mila_meegenomen or zaterdag_wacht_dorian or gewacht >= 3:
    -> einde_te_laat
- overhaast >= 2 and not zaterdag_112_dorian:
    -> einde_uit_beeld
- dader_alleen:
    -> einde_alleen_dader
- else:
    -> einde_beschermd
}

=== einde_te_laat ===
Drie maanden later loop je op een woensdagmiddag door De Loods. # plek: jongerencentrum # tijd: Drie maanden later
{ mila_meegenomen:
    Mila komt niet meer. Ze krijgt hulp van een gespecialiseerd team, maar het gaat langzaam. Lina voelt zich schuldig, ook al weet ze dat het niet haar schuld is.
}
{
- zaterdag_wacht_dorian or zaterdag_wacht_mila:
    Dorians verwondingen zijn genezen, zijn angst niet. Hij gaat na donker de deur niet meer uit en zegt tegen de politie niets over Vos.
- zaterdag_112_dorian:
    Dorian is veilig, voor nu, op een beschermde plek. Elke week vraagt hij zijn begeleider hoe het met Mila gaat.
- else:
    Dorian is heengezonden en woont weer thuis. Hij zegt tegen niemand iets, ook niet tegen jou.
}
De signalen waren er al sinds die dinsdagavond.
{ zaterdag_112_dorian: Dankzij Dorians verklaring loopt er een onderzoek tegen Vos. | Tegen Vos loopt een onderzoek, maar zonder getuigen komt het maar langzaam op gang. }
Er is te lang gewacht. De signalen waren er op tijd, maar de hulp kwam pas toen een kind al iets was aangedaan. Nu komt er hulp op gang, met meer schade dan nodig was. # einde: te_laat
-> END

=== einde_uit_beeld ===
Drie maanden later sta je 's avonds bij de snackbar waar Dorian altijd stond. Hij is er niet. # plek: straat_avond # tijd: Drie maanden later
Een week na het overleg was Dorian verdwenen. Zijn moeder meldde hem als vermist. Hij was heengezonden, en voordat de hulp rond was, liep hij terug naar de enige die op hem wachtte: Vos.
{ woensdag_verbod:
    Het pandverbod is allang opgeheven. Hij is nooit meer teruggekomen.
}
Via Esther hoor je dat in een stad verderop een jongen meiden aanspreekt bij het station. De beschrijving past bij Dorian.
Lina en Mila krijgen hulp. Met jou, of met wie dan ook uit De Loods, wil Dorian niets meer te maken hebben.
Dorian is uit beeld. De signalen liggen bij de politie en de zorgcoördinator, maar er is geen volwassene meer die hij vertrouwt, en het ronselen gaat elders door. # einde: uit_beeld
-> END

=== einde_alleen_dader ===
Drie maanden later hangt er in De Loods een nieuwe poster over uitbuiting bij de bar. # plek: jongerencentrum # tijd: Drie maanden later
Lina is veilig en krijgt hulp. { zaterdag_112_mila: Mila ook: de politie vond haar op tijd. }
Dorians zaak ligt bij het OM. In zijn dossier staat hij vooral als verdachte van mensenhandel. Dat hij zelf werd bedreigd en gedwongen, staat er maar half in.
{ zaterdag_112_dorian:
    Na een paar weken op de beschermde plek moest hij terug naar huis: voor hem als slachtoffer was niets geregeld. Sindsdien zegt hij niets meer over Vos.
- else:
    Dorian zwijgt. Wie alleen als dader wordt gezien, heeft weinig reden om over zijn uitbuiter te praten.
}
Het onderzoek naar Vos loopt vast.
In de wijk zeggen ze dat er een nieuwe jongen is die meiden aanspreekt. Hij is vijftien.
De meiden zijn beschermd, maar Dorian is alleen als dader behandeld. Wat hem is aangedaan, bleef buiten beeld, en Vos heeft al een nieuwe jongen gevonden. # einde: alleen_dader
-> END

=== einde_beschermd ===
Drie maanden later komt Lina weer naar De Loods. # plek: jongerencentrum # tijd: Drie maanden later
Ze praat elke week met een hulpverlener die verstand heeft van uitbuiting. Ze is boos op Dorian, en soms ook op jou. Dat mag.
{ zaterdag_112_mila:
    Mila krijgt ook hulp. De politie vond haar die zaterdagnacht op tijd, maar ze slaapt nog slecht.
}
Tegen Vos loopt een onderzoek van de AVIM. { zaterdag_112_dorian: Dorian heeft een verklaring afgelegd. Dat was zwaar. | Dorian twijfelt nog of hij een verklaring durft af te leggen. }
Dorian woont sinds een maand op een beschermde plek buiten de regio, met begeleiding die doorloopt na zijn achttiende. Hij mist zijn moeder en Roos, en hij heeft al twee keer gezegd dat hij wil stoppen. Zijn begeleider blijft. Over zijn eigen rol beslist het OM nog; Esther heeft gezorgd dat de dwang waaronder hij stond in het dossier staat.
{ gesprek_eerlijk:
    Af en toe stuurt hij je een appje. Gisteren een foto van een pooltafel: ik win nog steeds.
- else:
    Met jou wil hij voorlopig geen contact. Zijn begeleider zegt dat dat nog kan veranderen.
}
Twee kinderen in beeld: de meiden zijn beschermd tegen de uitbuiter, en Dorian krijgt bescherming en hulp, als dader én als slachtoffer. Het is niet voorbij en het is niet makkelijk, maar de cirkel kan nu doorbroken worden. # einde: twee_kinderen_beschermd
-> END
