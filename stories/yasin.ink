# titel: Yasin
# kind: Yasin, 15 jaar
# leeftijd: 15
# thema: Criminele uitbuiting van een jongen die zonder ouders in de asielopvang woont
# rol: Huisarts
# duur: 20
# volgorde: 5
# kaartbeeld: huisartspraktijk
# inhoud: Deze casus gaat over criminele uitbuiting van een jongen van 15 die zonder ouders naar Nederland kwam en in de asielopvang woont. Hij wordt gedwongen te stelen en pakketjes te vervoeren, en hij verdwijnt uit de opvang. Niets wordt expliciet beschreven: je ziet en hoort alleen wat een huisarts ziet en hoort. Toch kan het onderwerp je raken. Je kunt op elk moment pauzeren of stoppen. Aan het einde lees je waar je terechtkunt als je zelf ergens over wilt praten.
# persoon: Yasin, 15, Yasin
# persoon: Ilse, 41
# persoon: Saskia, 46
# persoon: Bram, 33
# persoon: Hanneke, 50
# persoon: Medewerker Veilig Thuis, 38

// Yasin, 15, kwam zonder ouders naar Nederland. Nidos is zijn voogd. De speler is huisarts;
// voor artsen geldt de KNMG-meldcode. De casus speelt over een paar weken.
// Let op bij het bewerken:
// - Zet nooit een tijd als 14.05 of 8.00 direct na een komma (", 14.05"): schrijf "14.15 uur".
// - De keuzes zijn '+' en het verhaal gebruikt geen tellers van knopen: zo blijft de verkenner snel.
// - Met de schakelaar systeem_faalt (workshop) is er geen plek in de Beschermde Opvang.
VAR systeem_faalt = false
VAR vertrouwen = 0      // hoeveel Yasin de huisarts vertrouwt
VAR wacht = 0           // tijd die verloren gaat door af te wachten
VAR gemeld = 0          // 0 = niemand, 1 = advies gevraagd, 2 = voogd en Veilig Thuis of politie ingeschakeld
VAR als_slachtoffer = 0 // hoe sterk de signalen van uitbuiting bij politie en justitie zijn aangekomen
VAR geheim = false      // de huisarts heeft geheimhouding beloofd

-> begin

=== begin ===
Het is druk in de wachtkamer. Tussen twee spreekuurafspraken door lees je de volgende naam: Yasin, 15 jaar, met zijn begeleider van de asielopvang. # plek: huisartspraktijk # tijd: Week 1, dinsdag, 10.40 uur
Yasin woont sinds een half jaar in de opvang. Hij kwam zonder ouders naar Nederland; Nidos is zijn voogd.
De begeleider, Bram, vertelt dat Yasin graag voetbalt en vaak voor de hele groep kookt.
Yasin houdt zijn rechterhand tegen zijn buik. Zijn knokkels zijn geschaafd en de pols is dik. Hij zegt dat hij bij het voetballen is gevallen, maar hij kijkt je er niet bij aan. # signaal: verwonding # waarom: Letsel dat niet bij de uitleg past of vaag wordt verklaard, kan wijzen op geweld. Het bewijst niets, maar je legt het vast en houdt het in gedachten. # bron: Tip 4; Meldcode stap 1
Terwijl je de pols onderzoekt, trilt er een telefoon in zijn jaszak. Even later een tweede, in zijn andere zak. Hij zet ze allebei uit zonder te kijken. # signaal: twee_telefoons # waarom: Meer dan één telefoon hebben en altijd bereikbaar moeten zijn, staat op de signalenlijsten van criminele en seksuele uitbuiting: iemand anders bepaalt wanneer hij moet opnemen. # bron: Tip 4
Hij lacht als je vraagt of hij al aan het Nederlandse weer gewend is. Nooit, zegt hij.
Bram wacht naast hem. Hij moet om elf uur terug zijn voor een ander gesprek. # gespreksvraag: Wat heb je als huisarts nodig om met een kind zonder ouders alleen te kunnen praten?
+ [Ik verbind de pols en vraag Bram even in de wachtkamer te wachten: "Met jongeren van vijftien praat ik altijd ook even alleen." #belang: +2 #verwijzing: +1 #feedback: Een kort gesprek zonder begeleider is gewoon in de spreekkamer en geeft Yasin de kans iets te zeggen wat hij in het bijzijn van een volwassene uit de opvang niet zegt. Je maakt het normaal, zodat het niet als verhoor voelt. #bron: VRK art. 12; Meldcode stap 3]
    ~ vertrouwen += 1
    -> alleen
+ [Ik verbind de pols, schrijf het letsel en de twee telefoons nauwkeurig in het dossier en plan over een week een controle, met tolk. #belang: +1 #verwijzing: +1 #feedback: Vastleggen wat je ziet is stap 1 van de meldcode, en een vervolgafspraak met een tolk geeft ruimte voor een beter gesprek. Een gesprek onder vier ogen vandaag had hem eerder een kans gegeven. #bron: Meldcode stap 1; Tip 4]
    ~ wacht += 1
    -> controle
+ [Ik vraag Bram waar Yasin 's avonds uithangt en of hij in de opvang met de verkeerde jongens omgaat. #belang: -1 #geen_schuld: -1 #feedback: Bram weet misschien meer, maar zo praat je over Yasin in plaats van met hem, en de vraag klinkt alsof het aan zijn eigen omgang ligt. Een jongen die wordt uitgebuit heeft daar niet voor gekozen. Vraag het hem zelf, zonder begeleider erbij. #bron: Gids hoofdstuk 2; VRK art. 12]
    ~ vertrouwen -= 1
    -> bram_vertelt

=== alleen ===
Als de deur dicht is, zit Yasin even stil. Dan pakt hij zijn telefoon en laat je een foto zien van een klein jongetje met een voetbal. Mijn broertje, zegt hij.
Je vraagt hoe het slapen gaat. Overdag slaap ik, zegt hij. 's Nachts moet ik werken. Dan schrikt hij van zijn eigen woorden. # signaal: nachtwerk # waarom: Een verstoord dag- en nachtritme en 's nachts ergens moeten zijn, passen bij uitbuiting. Het woord 'moeten' zegt hier meer dan het werk zelf. # bron: Tip 4
Niet echt werken. Helpen. Voor vrienden in de stad. # spreker: Yasin
Hij draagt gloednieuwe, dure sportschoenen. Bram vertelde net dat de jongeren in de opvang een klein weekgeld krijgen. # signaal: dure_schoenen # waarom: Ineens dure spullen of geld hebben die niet passen bij wat een jongere kan betalen, is een bekend signaal: het kan een beloning zijn, of het begin van een schuld. # bron: Tip 4
-> eerste_gesprek

=== controle ===
Een week later staat Yasin niet op de lijst. De opvang laat weten dat hij de afspraak is vergeten. Bram komt zelf langs met een recept voor iemand anders. # tijd: Week 2, dinsdag
Hij is veel weg, 's avonds en 's nachts. Overdag slaapt hij. Vorige week had hij ineens dure sportschoenen, en hij krijgt alleen een klein weekgeld. # spreker: Bram # signaal: weg_en_schoenen # waarom: Een verstoord dag- en nachtritme, en spullen die hij niet kan betalen, staan allebei op de signalenlijsten van uitbuiting. Samen met het letsel en de telefoons wordt het beeld scherper. # bron: Tip 4
Bram vertelt ook dat Yasin goed is in wiskunde en graag naar school wil.
Je vraagt Bram om Yasin deze week zelf mee te nemen. Twee dagen later zit Yasin tegenover je, met een telefonische tolk op de speaker. # tijd: Week 2, donderdag # plek: telefoon # telefoon: luidspreker, Tolk # aanwezig: Yasin
-> eerste_gesprek

=== bram_vertelt ===
Bram haalt zijn schouders op. Hij is veel weg, 's avonds en 's nachts. Hij heeft ineens dure schoenen. Ik weet niet waar hij dat van betaalt. # spreker: Bram
Yasin kijkt naar de grond. Bij het woord 'schoenen' trekt hij zijn voeten onder de stoel. # signaal: schoenen_weggestopt # waarom: Ineens dure spullen hebben die niet passen bij een klein weekgeld, kan een beloning zijn of het begin van een schuld. Dat hij zijn schoenen wegstopt, laat zien dat hij zich schaamt of bang is. # bron: Tip 4
Je vraagt Bram toch even in de wachtkamer te wachten. Yasin zegt weinig meer. Overdag slaap ik, zegt hij alleen.
-> eerste_gesprek

=== eerste_gesprek ===
Je vraagt wie die vrienden in de stad zijn. Yasin kijkt naar de deur. # plek: spreekkamer
Ik moet nog betalen voor de reis. Voor de mensen die mij hebben gebracht. Als ik niet help, dan... mijn familie thuis. # spreker: Yasin
Hij zegt dat hij een schuld heeft voor de reis naar Nederland, en dat zijn familie thuis iets overkomt als hij niet 'helpt'. # signaal: schuld_reis # waarom: Een schuld die nooit kleiner wordt en bedreiging van familie zijn middelen om een kind vast te houden. Minderjarigen zonder ouders in Nederland zijn daar extra kwetsbaar voor. # bron: Tip 2; Tip 4
Hij zwijgt. Dan vraagt hij of je het aan niemand vertelt. # gespreksvraag: Wat beloof je een kind dat vraagt om geheimhouding, als je weet dat je misschien moet melden?
+ [Ik zeg: "Ik ga niets doen zonder dat jij het weet. Maar als je niet veilig bent, moet ik hulp inschakelen." #belang: +2 #geen_schuld: +1 #verwijzing: +1 #feedback: Je belooft niets wat je niet kunt waarmaken, en je vertelt eerlijk wat je wel gaat doen. Zonder toestemming is niet zonder medeweten: zo blijft Yasin betrokken en houdt hij vertrouwen. #bron: VRK art. 12; Meldcode stap 3; Tip 6]
    ~ vertrouwen += 1
    -> na_gesprek
+ [Ik zeg: "Wat je hier vertelt, blijft tussen ons. Dat is mijn beroepsgeheim." #belang: -2 #verwijzing: -2 #feedback: Je wilt zijn vertrouwen houden, maar deze belofte kun je niet waarmaken: een dreiging tegen een kind weegt zwaarder dan geheimhouding, en de meldcode geeft je een meldrecht. Moet je later toch melden, dan voelt Yasin zich verraden. #bron: Meldcode stap 5; Tip 6]
    ~ geheim = true
    ~ vertrouwen += 1
    -> na_gesprek
+ [Ik zeg: "Die mensen maken misbruik van je. Dat jij hen helpt, is niet jouw schuld. Ik wil kijken wie jou kan beschermen." #belang: +1 #geen_schuld: +2 #feedback: Je legt de verantwoordelijkheid bij wie hem uitbuit, en dat helpt tegen de schaamte. Je zegt alleen niet wat je gaat doen en met wie je praat, terwijl hij daar juist naar vroeg. #bron: Gids hoofdstuk 2; Tip 2]
    ~ vertrouwen += 1
    -> na_gesprek

=== na_gesprek ===
Yasin gaat weg met een afspraak voor volgende week. Je blijft achter met je aantekeningen. # plek: huisartspraktijk
Je praktijk heeft een aandachtsfunctionaris, je collega Hanneke. Zij is vandaag ook op de praktijk. # route: aandachtsfunctionaris
Wie moet dit weten? Yasin heeft een voogd bij Nidos. En je weet dat er in de regio een zorgcoördinator mensenhandel is, al heb je die nooit gebeld. # route: zorgcoordinator # beleidsvraag: Tip 8: Weten de huisartsen in onze gemeente wie de zorgcoördinator mensenhandel is en hoe ze die bereiken? # gespreksvraag: Met wie overleg je eerst, en waarom?
+ [Ik leg het aan Hanneke voor en bel daarna samen Veilig Thuis voor advies. #verwijzing: +2 #belang: +1 #feedback: Overleg met een deskundige collega en advies van Veilig Thuis zijn stap 2 van de meldcode. Zo sta je er niet alleen voor. Vraag daarbij ook naar de zorgcoördinator mensenhandel: bij uitbuiting is die er om te adviseren. #bron: Meldcode stap 2; Tip 8]
    ~ gemeld = 1
    -> advies
+ [Ik bel de zorgcoördinator mensenhandel van de regio. #verwijzing: +2 #belang: +1 #feedback: Bij een vermoeden van uitbuiting kun je altijd de zorgcoördinator mensenhandel bellen, ook alleen om advies. Die kent de regionale hulp en de procedures voor kinderen zonder verblijfsvergunning. Leg het ook aan je aandachtsfunctionaris voor: de meldcode loopt naast dit advies door. #bron: Tip 8; Tip 3]
    ~ gemeld = 1
    -> advies_zc
+ [Ik wacht tot de afspraak van volgende week. Misschien vertelt hij dan meer en weet ik wat ik meld. #verwijzing: -2 #belang: -1 #feedback: Wachten op zekerheid kost tijd die Yasin misschien niet heeft: hij werkt 's nachts voor mensen die zijn familie bedreigen. Je hoeft geen bewijs te hebben om te overleggen, en het ontbreken van bewijs betekent niet dat er niets aan de hand is. #bron: Meldcode stap 2; Tip 4]
    ~ wacht += 2
    -> weg

=== advies ===
Hanneke belt Veilig Thuis op de speaker. De medewerker luistert en vraagt door. # plek: telefoon # route: veilig_thuis # telefoon: luidspreker, Veilig Thuis # aanwezig: Hanneke
Een kind dat zegt dat zijn familie wordt bedreigd als hij niet 'helpt', is niet veilig. Betrek zijn voogd bij Nidos vandaag nog. En bel de zorgcoördinator mensenhandel: die kent de route voor kinderen zoals hij. # spreker: Medewerker Veilig Thuis
-> voogd

=== advies_zc ===
De zorgcoördinator mensenhandel neemt na twee keer bellen op. Ze heet Saskia en stelt korte vragen. # plek: telefoon # route: zorgcoordinator # telefoon: bellen, Saskia
{ systeem_faalt:
    Je hoort dat ze eigenlijk voor een andere regio werkt. Jullie regio heeft op dit moment niemand; zij neemt het waar naast haar eigen werk. Ze belt je pas morgen terug.
    ~ wacht += 1
}
Schuld voor de reis en dreiging tegen familie thuis: dat zie ik vaker bij jongens zonder ouders hier. Bel zijn voogd bij Nidos. Bij de minste aanwijzing van mensenhandel kan Nidos hem in de Beschermde Opvang plaatsen. # spreker: Saskia
-> voogd

=== voogd ===
Je belt de voogd van Yasin, Ilse van Nidos. Ze neemt op tussen twee afspraken door. # plek: telefoon # tijd: Week 2, vrijdag # telefoon: bellen, Ilse
Ilse luistert. Dan vraagt ze of je bereid bent je zorgen op papier te zetten, zodat zij een plek in de Beschermde Opvang kan aanvragen. # spreker: Ilse
Ze vraagt ook of Yasin weet dat je belt. # beleidsvraag: Tip 1: Krijgt een kind zonder verblijfsvergunning in onze gemeente dezelfde bescherming en zorg als elk ander kind, en wie regelt dat? # gespreksvraag: Wat mag je als huisarts delen met de voogd, en wat niet?
+ [Ik zeg: "Ja, dat doe ik vandaag. Ik bel Yasin eerst om te zeggen wat ik aan u doorgeef en waarom." #belang: +2 #verwijzing: +2 #feedback: De voogd is Yasins wettelijke vertegenwoordiger; zonder haar kan er geen bescherming komen. Door Yasin vooraf te vertellen wat je deelt, blijft hij betrokken. Een kind zonder verblijfsvergunning heeft recht op dezelfde bescherming als elk ander kind. #bron: VRK art. 2; VRK art. 12; Tip 1]
    ~ gemeld = 2
    ~ vertrouwen += 1
    -> opvang
+ [Ik zeg: "Ik schrijf het op, maar ik wil eerst Yasins toestemming vragen. Hij is vijftien; dat gesprek voer ik volgende week." #belang: -1 #verwijzing: -1 #feedback: Toestemming vragen is goed, maar hier wacht je er te lang mee: een dreiging tegen een kind van vijftien laat geen week ruimte. Je kunt Yasin vandaag vertellen wat je deelt en waarom, en toch delen. #bron: Meldcode stap 5; Tip 6]
    ~ wacht += 1
    -> weg
+ [Ik zeg: "Ik stuur u mijn aantekeningen en meld het vandaag ook bij Veilig Thuis." #belang: +1 #verwijzing: +2 #feedback: Je brengt het signaal op twee juiste plekken tegelijk: de voogd en Veilig Thuis. Alleen vertel je Yasin niet vooraf wat je deelt, terwijl je hem dat in de spreekkamer wel had kunnen zeggen. Zonder toestemming hoeft niet zonder medeweten te zijn. #bron: Meldcode stap 5; VRK art. 12]
    ~ gemeld = 2
    -> opvang

=== opvang ===
Ilse vraagt een plek aan in de Beschermde Opvang. # tijd: Week 3, maandag
{ systeem_faalt:
    -> geen_plek
}
Drie dagen later belt ze je terug: er is een plek, in een andere provincie, ver van de stad waar Yasin 's nachts naartoe ging. # spreker: Ilse
-> verdwenen

=== geen_plek ===
Drie dagen later belt Ilse terug. De Beschermde Opvang heeft geen plek. Er is een wachtlijst van een paar weken. # spreker: Ilse
Tot die tijd blijft Yasin in de gewone opvang, dicht bij de stad waar hij 's nachts moet zijn. Ilse klinkt moe. Ze zegt dat ze dit vaker meemaakt. # beleidsvraag: Tip 6: Is er in onze regio een veilige plek voor een kind dat wordt uitgebuit, en wat doen we als die vol is?
-> verdwenen

=== weg ===
Een week later komt Yasin niet op zijn afspraak. # tijd: Week 3, dinsdag
-> verdwenen

=== verdwenen ===
Bram belt je. Yasin is sinds zaterdag niet meer in de opvang geweest. Hij staat nu geregistreerd als 'met onbekende bestemming vertrokken'. # plek: telefoon # tijd: Week 3, woensdag # telefoon: bellen, Bram
Zo gaat het vaker, zegt Bram. Jongens vertrekken naar familie in een ander land. Maar zijn kamer is niet leeg: zijn spullen liggen er nog, ook de foto van zijn broertje. # signaal: verdwenen_spullen # waarom: Een kind dat verdwijnt en zijn belangrijkste spullen achterlaat, is waarschijnlijk niet vrijwillig vertrokken. Kinderen zonder ouders die uit de opvang verdwijnen, lopen een groot risico op uitbuiting. # bron: Tip 4; Tip 2
Verdwijnen kinderen zonder ouders uit de opvang, dan blijft dat vaak bij een registratie. # beleidsvraag: Tip 5: Weten wij hoeveel kinderen in onze regio met onbekende bestemming uit de opvang vertrekken, en wat er daarna met die meldingen gebeurt? # gespreksvraag: Wie gaat er zoeken naar een kind zonder ouders dat verdwijnt?
+ [Ik bel Ilse van Nidos en de politie: "Ik vermoed uitbuiting. Hij is niet naar familie." #belang: +2 #verwijzing: +2 #feedback: Een vermiste minderjarige met signalen van uitbuiting is een zaak voor zijn voogd en voor de politie, waar rechercheurs van de AVIM werken die mensenhandel onderzoeken. Door je vermoeden erbij te zeggen, wordt hij gezocht als kind in gevaar. #bron: Tip 8; VRK art. 35]
    ~ gemeld = 2
    ~ als_slachtoffer += 1
    -> gevonden
+ [Ik meld het vandaag bij Veilig Thuis, met alles wat ik heb vastgelegd. #belang: +1 #verwijzing: +2 #feedback: Melden is nu de juiste stap: een kind dat verdwijnt na signalen van uitbuiting is acuut onveilig. Veilig Thuis organiseert wat nodig is. Bel er ook zijn voogd en de politie bij: bij een vermist kind telt elke dag. #bron: Meldcode stap 5; Tip 8]
    ~ gemeld = 2
    -> gevonden
+ [Ik vraag Bram mij meteen te bellen zodra Yasin terug is. Dan plan ik dezelfde dag een afspraak en vraag ik hem waar hij was. #belang: -2 #verwijzing: -2 #feedback: Bram kent het patroon van jongens die naar familie vertrekken, maar Yasin liet zijn spullen achter en vertelde je over dreiging. Wachten tot hij terugkomt laat hem alleen bij de mensen die hem uitbuiten. Een vermist kind met deze signalen meld je. #bron: Tip 4; Meldcode stap 5]
    ~ wacht += 2
    -> gevonden

=== gevonden ===
Negen dagen later belt Ilse. De politie heeft Yasin aangehouden op een station in een andere stad, met een tas vol gestolen telefoons. Hij zit op het politiebureau. # plek: telefoon # tijd: Week 5, donderdag, 11.20 uur # route: politie # telefoon: bellen, Ilse
{ als_slachtoffer > 0:
    De rechercheur wist van je vermoeden. Ze behandelt hem als mogelijk slachtoffer en heeft de AVIM gebeld.
- else:
    De agenten zien een jongen die steelt. Ilse heeft moeite om uit te leggen dat er meer aan de hand is.
}
De rechercheur wil weten wat jij als huisarts hebt gezien. Ilse vraagt of je wilt meewerken. # gespreksvraag: Hoe help je voorkomen dat een kind wordt gestraft voor wat het gedwongen deed?
+ [Ik vertel de rechercheur wat Yasin me over de schuld en de dreiging heeft verteld. #belang: +2 #verwijzing: +1 #geen_schuld: +1 #feedback: Wat je vastlegde, helpt de politie en het OM zien dat Yasin mogelijk werd gedwongen. Volgens de Aanwijzing mensenhandel worden slachtoffers beschermd tegen vervolging voor strafbare feiten waartoe zij zijn gedwongen; of dat zo is, beoordeelt het OM. Vertel Yasin via Ilse wat je deelt. #bron: Aanwijzing mensenhandel; VRK art. 39]
    ~ als_slachtoffer += 2
    -> terug
+ [Ik deel mijn aantekeningen met Veilig Thuis; zij beslissen wat de politie moet weten. #belang: +1 #verwijzing: +1 #feedback: Je beroepsgeheim nemen je serieus, en via Veilig Thuis blijft het signaal in de hulpverlening. Maar Yasin zit nu op het bureau, en daar wordt vandaag beslist of hij als slachtoffer wordt gezien. Wat jij hebt gezien, kan dat verschil maken. #bron: Meldcode stap 5; Aanwijzing mensenhandel]
    ~ als_slachtoffer += 1
    -> terug
+ [Ik zeg: "Ik kan alleen bevestigen dat hij bij mij kwam met een bezeerde pols. Wat hij verder zei, was in vertrouwen." #belang: -2 #geen_schuld: -1 #feedback: Je houdt je aan wat je zeker weet, maar de politie ziet dan alleen een jongen met gestolen telefoons. Dat hij zegt gedwongen te worden, hoort bij het beeld. Zo loopt hij het risico gestraft te worden en terug te gaan naar wie hem uitbuit. #bron: Aanwijzing mensenhandel; Tip 7]
    -> terug

=== terug ===
{ als_slachtoffer >= 2:
    Twee weken later zit Yasin weer in je spreekkamer, met Ilse. Het OM heeft besloten hem niet te vervolgen. Hij woont nu in de Beschermde Opvang en komt met de trein voor deze afspraak. # plek: spreekkamer # tijd: Week 7, maandag
- else:
    Twee weken later zit Yasin weer in je spreekkamer, met Ilse. De zaak tegen hem loopt nog; het OM beoordeelt of hij gedwongen werd. Hij woont weer in de opvang. # plek: spreekkamer # tijd: Week 7, maandag
}
{ systeem_faalt:
    Voor de Beschermde Opvang staat hij nog steeds op de wachtlijst.
}
Hij is magerder geworden. Hij lacht niet.
Ik heb het verpest. Nu krijg ik nooit papieren. En de schuld is nog groter, zeggen ze. # spreker: Yasin
Ilse kijkt je aan. Ze wil weten wat Yasin zelf nodig heeft. # beleidsvraag: Tip 9: Hoe toetsen wij deze route met jongeren die dit zelf hebben meegemaakt, ook jongeren die zonder ouders naar Nederland kwamen? # gespreksvraag: Hoe praat je met een jongen die denkt dat hij alles heeft verpest?
+ [Ik zeg: "Jij hebt niets verpest. Zij hebben jou gedwongen. Wat heb jij nodig om je hier veilig te voelen?" #geen_schuld: +2 #belang: +2 #feedback: Je neemt de schuld bij hem weg en vraagt wat hij zelf nodig heeft. Zo telt zijn mening mee in de hulp die voor hem wordt geregeld, en dat maakt de kans groter dat hij blijft. #bron: VRK art. 12; Gids hoofdstuk 2; VRK art. 39]
    ~ vertrouwen += 1
    -> geheimpje
+ [Ik zeg: "Je moet nu wel alles aan de politie vertellen wat je weet, anders kunnen ze je niet beschermen." #geen_schuld: -1 #belang: -1 #feedback: Je wilt dat hij geholpen wordt, maar zo maak je zijn bescherming afhankelijk van wat hij durft te vertellen, terwijl hij bang is voor wat er met zijn familie gebeurt. Slachtoffers worden beschermd, ook als ze niet alles vertellen. #bron: Tip 2; Aanwijzing mensenhandel]
    ~ vertrouwen -= 1
    -> geheimpje
+ [Ik leg Yasin rustig uit wat de voogd, de opvang en ik nu voor hem regelen, en dat hij altijd bij mij terechtkan. #belang: +1 #geen_schuld: +1 #feedback: Duidelijkheid over wie wat doet, geeft houvast, en je belooft contact dat je kunt waarmaken. Maar Yasin zei dat hij alles heeft verpest; dat laat je staan, en je vraagt niet wat hij zelf nodig heeft. #bron: Tip 6; VRK art. 17]
    -> geheimpje

=== geheimpje ===
Aan het eind van het consult, als Ilse even naar buiten loopt om te bellen, buigt Yasin zich naar je toe.
Ze sturen nog berichten. Op een nieuwe telefoon. Zeg het niet tegen Ilse, anders halen ze mij weer weg. # spreker: Yasin
Hij heeft nog contact met de mensen die hem uitbuiten, via een telefoon waar de opvang niet van weet. # signaal: nieuwe_telefoon # waarom: Blijvend contact met de uitbuiters, op een toestel dat anderen niet kennen, betekent dat de dreiging niet voorbij is. Veel slachtoffers worden opnieuw uitgebuit als dit niet wordt opgepakt. # bron: Tip 4; Tip 6
{ geheim:
    Hij herinnert je aan je belofte dat alles tussen jullie blijft.
}
+ [Ik zeg: "Dat moet Ilse weten, voor jouw veiligheid. Zeg jij het haar zo, met mij erbij? Anders doe ik het." #belang: +2 #verwijzing: +1 #feedback: Je houdt dit niet geheim, maar Yasin krijgt de kans het zelf te zeggen, met jou ernaast. Zo blijft hij betrokken bij wat er met hem gebeurt, en weet zijn voogd wat nodig is om hem te beschermen. #bron: VRK art. 12; Meldcode stap 3]
    ~ geheim = false
    ~ vertrouwen += 1
    -> nazorg
+ [Ik beloof het niet door te vertellen, maar vraag hem de telefoon de volgende keer mee te nemen, zodat we samen kunnen kijken. #belang: -2 #verwijzing: -2 #feedback: Je wilt zijn vertrouwen niet verliezen, maar zolang de uitbuiters hem bereiken, is hij niet veilig. Zijn voogd moet dit weten. Een belofte die zijn veiligheid in de weg zit, helpt hem niet. #bron: Tip 6; Meldcode stap 5]
    ~ geheim = true
    -> nazorg
+ [Ik vertel het Ilse zodra ze terug is, en zeg Yasin eerlijk dat ik dat ga doen en waarom. #belang: +1 #verwijzing: +2 #feedback: Je vertelt het zijn voogd en je doet het niet achter zijn rug om. Zo weet Ilse wat er nodig is om hem te beschermen. Nog beter was geweest dat Yasin het zelf kon zeggen, met jou erbij. #bron: Meldcode stap 5; VRK art. 12]
    ~ geheim = false
    -> nazorg

=== nazorg ===
{ systeem_faalt:
    Ilse belt een week later: er is nog steeds geen plek. De gemeente waar Yasin werd aangehouden, verwijst terug naar jullie gemeente, omdat hij hier woonde. Jullie gemeente zegt dat de opvang verantwoordelijk is. # route: gemeente
}
Ilse wil het hulpplan voor Yasin met iedereen rond de tafel bespreken: de opvang, Nidos, de zorgcoördinator en jij. # tijd: Week 8 # route: zorgcoordinator # gespreksvraag: Wie houdt het overzicht over Yasins hulp, en wat gebeurt er als hij verhuist?
Yasin wil alleen komen als er iemand bij is die zijn taal spreekt.
+ [Ik schuif aan bij het overleg en vraag of Yasin er zelf bij kan zijn, met een tolk die zijn taal spreekt. #belang: +2 #verwijzing: +1 #feedback: Een hulpplan werkt beter als het kind weet wat er wordt afgesproken en er iets over kan zeggen. Met een tolk kan Yasin dat ook echt. Jij brengt als huisarts de lichamelijke kant in, en wat hij je heeft toevertrouwd. #bron: VRK art. 12; Tip 6]
    -> einde
+ [Ik stuur een brief met mijn bevindingen; het overleg laat ik aan de hulpverleners. #belang: -1 #verwijzing: +1 #feedback: Je informatie komt aan, en dat is nodig. Maar je bent voor Yasin een van de weinige volwassenen die hij vertrouwt; als je er niet bij bent en hij zelf niet, praten anderen over hem zonder hem. #bron: Tip 6; Tip 8]
    -> einde
+ [Ik spreek met Ilse af dat ik Yasin elke twee weken zie, zolang hij in de buurt woont. #belang: +1 #verwijzing: +1 #feedback: Vaste contactmomenten zijn een vorm van niet loslaten, en dat is wat ervaringsdeskundigen vragen. Zorg wel dat het overleg over zijn hulpplan ook jouw kennis en zijn stem meekrijgt. #bron: Tip 6; VRK art. 39]
    -> einde

=== einde ===
{
- geheim or wacht >= 3: -> einde_weer_weg
- als_slachtoffer < 2: -> einde_als_dader
- systeem_faalt: -> einde_geen_plek
- else: -> einde_beschermd
}

=== einde_beschermd ===
Yasin blijft in de Beschermde Opvang. Hij gaat naar school, heeft een nieuwe telefoon waarvan zijn voogd weet, en komt elke twee weken langs. # plek: huisartspraktijk # tijd: Drie maanden later
Hij slaapt nog slecht. Over zijn familie thuis maakt hij zich elke dag zorgen, en de mensen van de reis zijn niet opgepakt.
Yasin is beschermd en wordt niet vervolgd, omdat de signalen op tijd bij zijn voogd, Veilig Thuis en de politie kwamen. Zijn herstel en zijn verblijf zijn nog lang niet geregeld, en de hulp moet doorlopen, ook na zijn achttiende. # einde: beschermd
-> END

=== einde_weer_weg ===
Een maand later is Yasin opnieuw verdwenen. Deze keer neemt hij de foto van zijn broertje mee. # plek: huisartspraktijk # tijd: Vijf weken later
Ilse belt je om te vragen of je nog iets weet. Je kijkt in je dossier en ziet wat je had kunnen doorgeven.
Yasin is weer uit beeld, bij de mensen die hem uitbuiten, omdat wat hij vertelde te laat of niet bij zijn voogd kwam. # einde: weer_weg
-> END

=== einde_als_dader ===
De zaak tegen Yasin loopt door. In het dossier van de politie is hij vooral een jongen die telefoons stal. # plek: huisartspraktijk # tijd: Twee maanden later
Hij wil niet meer over de reis praten. Ik heb toch al een strafblad, zegt hij tegen Ilse.
Yasin wordt vooral als dader gezien, niet als kind dat werd gedwongen, omdat wat hij jou vertelde niet bij de politie en het OM aankwam. Het risico dat hij opnieuw wordt uitgebuit, is groot. # einde: als_dader
-> END

=== einde_geen_plek ===
Je deed wat je kon: je legde vast, overlegde, meldde en bleef betrokken. Maar er kwam geen plek in de Beschermde Opvang, en twee gemeenten wezen naar elkaar. # plek: huisartspraktijk # tijd: Zes weken later
Ilse belt: Yasin is opnieuw vertrokken, voordat de plek vrijkwam.
Het systeem faalde: de professionals deden het goed, maar er was geen veilige plek en niemand voelde zich verantwoordelijk. Wat moet de gemeente regelen zodat dit niet opnieuw gebeurt? # einde: geen_plek
-> END
