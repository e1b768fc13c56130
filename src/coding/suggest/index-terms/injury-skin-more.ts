/** Clinical terms, injuries, burns, bites, poisoning, adverse effects, complications of care, skin, hair and nails (second wave: more conditions and more ways to say them): what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const INJURY_SKIN_MORE_TERMS = `
S72.2 | subtrochanteric fracture; subtrochanteric femur fracture; subtroch fracture
S72.40 | distal femur fracture; distal femoral fracture; fracture of lower end of femur
S72.45 | supracondylar femur fracture; supracondylar femoral fracture
S42.10 | scapula fracture; scapular fracture; shoulder blade fracture; broken shoulder blade
S42.40 | distal humerus fracture; distal humeral fracture; fracture of lower end of humerus
S52.0 | olecranon fracture; proximal ulna fracture; coronoid fracture
S52.20 | ulnar shaft fracture; ulna fracture; nightstick fracture; broken ulna
S52.30 | radial shaft fracture; radius fracture; broken radius
S52.31 | greenstick fracture of radius; greenstick radius fracture; greenstick forearm fracture
S52.61 | ulnar styloid fracture; fracture of ulnar styloid
S62.21 | bennett fracture; bennett's fracture; bennetts fracture
S62.22 | rolando fracture; rolando's fracture
S32.10 | sacral fracture; sacrum fracture; fractured sacrum
S32.30 | iliac fracture; ilium fracture; iliac wing fracture
S22.20 | sternal fracture; sternum fracture; broken sternum; breastbone fracture
S02.10 | basilar skull fracture; skull base fracture; base of skull fracture
S02.41 | le fort fracture; lefort fracture; midface fracture
S82.90 | broken leg; leg fracture; lower leg fracture; fractured leg
S82.24 | toddler's fracture; toddlers fracture; spiral tibial fracture; spiral fracture of tibia
S92.2 | navicular fracture of foot; tarsal navicular fracture; cuboid fracture; cuneiform fracture
S59.2 | salter harris fracture of distal radius; distal radius physeal fracture; distal radial growth plate fracture
S89.1 | salter harris fracture of distal tibia; distal tibial physeal fracture; distal tibia growth plate fracture
S83.10 | knee dislocation; dislocated knee
S93.0 | ankle dislocation; dislocated ankle
S63.0 | wrist dislocation; dislocated wrist; carpal dislocation
S53.10 | elbow dislocation; dislocated elbow
S63.10 | thumb dislocation; dislocated thumb
S93.10 | toe dislocation; dislocated toe
S83.42 | lcl sprain; lcl tear; lateral collateral ligament tear; torn lcl
S83.52 | pcl tear; pcl sprain; torn pcl; posterior cruciate ligament tear
S93.43 | high ankle sprain; syndesmotic sprain; syndesmosis injury; syndesmotic ankle sprain
S93.49 | atfl sprain; atfl tear; anterior talofibular ligament sprain; lateral ankle ligament sprain
S93.52 | turf toe; sprain of big toe joint; great toe mtp sprain
S93.50 | toe sprain; sprained toe; jammed toe
S93.60 | foot sprain; sprained foot; midfoot sprain
S96.91 | ankle strain; foot strain; strained ankle; strained foot
S76.91 | thigh strain; pulled thigh muscle; strained thigh
S76.11 | patellar tendon rupture; patellar tendon tear; quadriceps tendon rupture; quad tendon tear
S46.11 | long head biceps tendon tear; proximal biceps tendon rupture; popeye deformity
S29.012 | thoracic strain; mid back strain; upper back strain; strained upper back; thoracic back strain
S23.3 | thoracic sprain; mid back sprain; thoracic spine sprain
S39.011 | abdominal strain; abdominal wall strain; pulled abdominal muscle; abdominal muscle strain
S29.011 | chest wall strain; intercostal muscle strain; pulled chest muscle; pectoral strain
S73.19 | hip labral tear; acetabular labral tear; torn labrum hip; hip labrum tear
S86.89 | shin splints; shin splint; medial tibial stress syndrome; mtss
S01.21 | nose laceration; nasal laceration; cut nose
S41.11 | upper arm laceration; arm laceration; cut arm; lacerated arm
S51.01 | elbow laceration; cut elbow
S71.11 | thigh laceration; cut thigh
S91.01 | ankle laceration; cut ankle
S61.31 | nail bed laceration; fingernail laceration; finger laceration with nail damage
S61.3 | fingernail avulsion; avulsed fingernail; torn fingernail; nail bed injury of finger
S91.2 | toenail avulsion; avulsed toenail; torn toenail; ripped off toenail
S61.43 | puncture wound of hand; hand puncture wound; palm puncture wound
S61.45 | fight bite; clenched fist injury; bite wound of hand; hand bite wound; dog bite of hand; cat bite of hand
S61.25 | finger bite wound; bitten finger; dog bite of finger; cat bite of finger
S51.85 | forearm bite wound; dog bite of forearm; cat bite of forearm
S81.85 | lower leg bite wound; dog bite of leg; dog bite of calf
S01.85 | facial bite wound; dog bite of face; bite wound of face
S00.81 | facial abrasion; scraped face; abrasion of face
S50.31 | elbow abrasion; scraped elbow; skinned elbow
S50.81 | forearm abrasion; scraped forearm
S60.51 | hand abrasion; scraped hand
S80.81 | lower leg abrasion; scraped shin; shin abrasion; road rash of leg
S90.81 | foot abrasion; scraped foot
S90.82 | foot blister; blister on foot; friction blister of foot
S90.85 | splinter in foot; foreign body in foot; glass in foot
S60.55 | splinter in hand; foreign body in hand; sliver in hand
S90.2 | subungual hematoma of toe; blood under toenail; toenail hematoma; bruised toenail
S80.86 | bug bite on leg; insect bite of leg; mosquito bites on legs; insect bite lower leg
T15.9 | foreign body in eye; something in eye; object in eye
T15.0 | corneal foreign body; foreign body in cornea; metal in eye; rust ring
T16 | foreign body in ear; object in ear; bead in ear; bug in ear
T17.1 | foreign body in nose; object in nose; bead in nose; nasal foreign body
T18.9 | swallowed object; ingested foreign body; swallowed foreign body
T18.1 | swallowed coin; coin in esophagus; foreign body in esophagus; esophageal foreign body
T19.2 | retained tampon; forgotten tampon; foreign body in vagina
S06.0X0 | concussion without loc; concussion without loss of consciousness; concussion no loc
S06.0X9 | concussion with loc; concussion with loss of consciousness; concussion with passing out
S06.3 | cerebral contusion; brain contusion; contusion of brain
S06.2X | diffuse axonal injury; dai; diffuse brain injury
S06.4X | epidural hematoma; traumatic epidural hematoma; extradural hematoma; edh
S05.1 | traumatic hyphema; contusion of eyeball; blunt eye trauma
S00.531 | fat lip; lip contusion; bruised lip
S03.2 | knocked out tooth; avulsed tooth; tooth knocked out; dental avulsion
S27.1 | traumatic hemothorax; hemothorax after trauma
S36.0 | splenic laceration; ruptured spleen; spleen injury; splenic injury
S36.11 | liver laceration; liver injury; hepatic laceration; liver contusion
S37.0 | kidney laceration; renal contusion; kidney injury from trauma; renal laceration
S30.1 | abdominal contusion; bruised abdomen; seat belt sign; seatbelt bruise; abdominal wall contusion
T30.4 | chemical burn; acid burn; caustic burn; alkali burn of skin
T26.4 | eye burn; burn of eye; burned eye
T26.9 | chemical eye burn; chemical splash in eye; alkali burn of eye; chemical in eye
T28.0 | burned mouth; scalded mouth; burned tongue; burn of mouth; hot liquid burn of mouth
L55.1 | blistering sunburn; second degree sunburn; severe sunburn
T67.2 | heat cramps; heat cramp
T67.7 | heat edema; heat swelling
T67.9 | heat illness; heat injury; overheating; heat related illness
T67.02 | exertional heat stroke; exertional heatstroke
T69.02 | trench foot; immersion foot
T70.20 | altitude sickness; high altitude sickness; effects of high altitude
T70.29 | acute mountain sickness; mountain sickness
T70.0 | ear barotrauma; airplane ear; ear squeeze; otitic barotrauma
T63.00 | snake bite; snakebite; bitten by snake
T63.01 | rattlesnake bite; bitten by rattlesnake
T63.2 | scorpion sting; stung by scorpion
T63.31 | black widow bite; black widow spider bite
T63.33 | brown recluse bite; brown recluse spider bite; recluse bite
T63.62 | jellyfish sting; stung by jellyfish
Z20.3 | rabies exposure; exposure to rabies; bat exposure; possible rabies exposure; bat in bedroom
T40.1 | heroin poisoning; heroin toxicity
T40.41 | fentanyl overdose; fentanyl poisoning; fentanyl od
T40.42 | tramadol overdose; tramadol toxicity
T40.2 | percocet overdose; opioid pill overdose; oxycodone toxicity; norco overdose
T40.3X | methadone overdose; methadone toxicity
T40.60 | opiate overdose; narcotic overdose; od on opioids
T40.5 | cocaine poisoning
T43.65 | methamphetamine overdose; meth overdose; methamphetamine toxicity
T42.4 | lorazepam overdose; clonazepam overdose; benzodiazepine toxicity
T39.1 | tylenol toxicity; acetaminophen poisoning; apap toxicity
T39.01 | aspirin overdose; salicylate toxicity; salicylism; aspirin poisoning
T51.0 | alcohol overdose; ethanol overdose
T51.8X | ethylene glycol poisoning; ethylene glycol ingestion
T51.1X | methanol poisoning; methanol ingestion; wood alcohol poisoning
T55.1X | detergent pod ingestion; laundry pod ingestion; detergent ingestion
T62.0X | mushroom poisoning; toxic mushroom ingestion; poisonous mushroom
T61.0 | ciguatera; ciguatera fish poisoning
T60.0X | organophosphate poisoning; organophosphate toxicity
T59.81 | smoke inhalation; toxic effect of smoke; smoke inhalation injury
G25.79 | serotonin syndrome; serotonin toxicity
G21.0 | neuroleptic malignant syndrome; nms
T36.0X5 | penicillin reaction; amoxicillin reaction; adverse effect of penicillin
T36.8X5 | red man syndrome; vancomycin flushing syndrome; vancomycin infusion reaction
T46.4X5 | ace inhibitor cough; lisinopril cough; ace inhibitor side effect; ace inhibitor angioedema
T46.6X5 | statin side effect; statin intolerance; statin myalgia; adverse effect of statin
T45.515 | adverse effect of warfarin; adverse effect of anticoagulant; anticoagulant side effect
D68.32 | warfarin coagulopathy; coagulopathy due to warfarin; bleeding due to anticoagulant; anticoagulant-induced bleeding
R79.1 | supratherapeutic inr; elevated inr; high inr; inr elevated; abnormal coagulation profile
T45.1X5 | chemotherapy side effect; adverse effect of chemotherapy; chemo toxicity
D70.1 | chemotherapy induced neutropenia; chemo neutropenia; neutropenia due to chemotherapy
T50.8X5 | contrast reaction; adverse reaction to contrast; contrast dye reaction
N14.11 | contrast induced nephropathy; contrast nephropathy; contrast induced aki
E09.9 | steroid-induced diabetes; drug-induced diabetes; steroid induced diabetes
T88.1 | vaccine reaction; vaccination reaction; reaction to vaccine; local vaccine reaction
R50.83 | postvaccination fever; post vaccination fever; fever after vaccine
R50.84 | febrile nonhemolytic transfusion reaction; fnhtr
T80.92 | transfusion reaction; blood transfusion reaction; reaction to blood transfusion
J95.84 | trali; transfusion-related acute lung injury; transfusion related acute lung injury
E87.71 | transfusion associated circulatory overload; taco
T80.1 | iv site phlebitis; infusion phlebitis; phlebitis from iv; phlebitis at iv site
T80.211 | clabsi; central line infection; central line associated bloodstream infection; line sepsis
T80.212 | central line site infection; port site infection; port infection; picc site infection
T83.511 | cauti; catheter-associated uti; catheter associated urinary tract infection; foley uti
T83.091 | clogged foley; foley catheter obstruction; foley not draining
K94.23 | g tube malfunction; peg tube dislodged; g tube dislodged; gastrostomy tube malfunction
K94.22 | g tube site infection; peg site infection; gastrostomy site infection; gastrostomy infection
T81.41 | superficial incisional ssi; infected incision; incision infection; superficial surgical site infection
T81.42 | deep incisional ssi; deep surgical site infection
T81.44 | postoperative sepsis; sepsis following procedure; post-op sepsis
T81.31 | wound dehiscence; dehisced incision; incision dehiscence; surgical wound dehiscence
L76.34 | postoperative seroma; post-op seroma; surgical seroma
L76.32 | postoperative hematoma; post-op hematoma; surgical wound hematoma
G89.18 | postoperative pain; post-op pain; postsurgical pain; incisional pain; acute postoperative pain
G89.28 | chronic postoperative pain; chronic post-surgical pain; chronic postsurgical pain
R50.82 | postoperative fever; post-op fever; postprocedural fever
I95.81 | postprocedural hypotension; postoperative hypotension; post-op hypotension
K91.89 | postoperative ileus; post-op ileus
T88.3 | malignant hyperthermia; malignant hyperthermia due to anesthesia
T88.4 | difficult intubation; failed intubation
T84.5 | prosthetic joint infection; pji; periprosthetic joint infection; infected joint replacement; infected knee replacement; infected hip replacement
T84.6 | infected hardware; hardware infection; infected orif hardware
T84.1 | broken hardware; hardware failure; broken plate; broken screw; loose hardware
T84.02 | dislocated hip replacement; prosthetic hip dislocation; dislocated total hip
T84.03 | loose joint replacement; loosening of prosthesis; aseptic loosening; loose hip replacement; loose knee replacement
T84.84 | painful hardware; hardware pain; painful joint replacement; painful knee replacement
M97 | periprosthetic fracture; fracture around prosthesis
L24.A2 | incontinence associated dermatitis; iad; incontinence dermatitis
L24.A1 | drool rash; saliva dermatitis; lip licker's dermatitis
L89.96 | deep tissue injury; deep tissue pressure injury; dtpi
L97.2 | calf ulcer; ulcer of calf
L97.3 | ankle ulcer; malleolar ulcer
L97.4 | heel ulcer; midfoot ulcer
L97.1 | thigh ulcer; ulcer of thigh
L03.91 | lymphangitis; acute lymphangitis; red streaking
L03.221 | neck cellulitis; cellulitis of neck
L02.61 | foot abscess; abscess of foot; plantar abscess
L02.51 | hand abscess; abscess of hand; palm abscess
L02.11 | neck abscess; abscess of neck
A46 | erysipelas; st anthony's fire
Z86.14 | history of mrsa; history of mrsa infection; prior mrsa
L90.0 | lichen sclerosus; lichen sclerosus et atrophicus
L90.6 | stretch marks; striae; striae distensae
L72.0 | milia; milium
L30.5 | pityriasis alba
L52 | erythema nodosum
L92.0 | granuloma annulare
L10.9 | pemphigus
L10.0 | pemphigus vulgaris
L13.0 | dermatitis herpetiformis; duhring disease; duhring's disease
L98.1 | neurotic excoriations; factitial dermatitis; picking at skin
L65.1 | anagen effluvium; chemotherapy hair loss; chemo induced alopecia; alopecia from chemotherapy
L66.12 | frontal fibrosing alopecia; ffa
L66.81 | central centrifugal cicatricial alopecia; ccca
L66.9 | scarring alopecia; cicatricial alopecia
L63.0 | alopecia totalis; total scalp hair loss
L73.0 | acne keloidalis nuchae; acne keloidalis; folliculitis keloidalis
L60.4 | beau's lines; beau lines
L60.9 | nail disorder; nail problem; abnormal nails
R68.3 | clubbing; nail clubbing; digital clubbing; clubbed fingers
L75.0 | body odor; bromhidrosis; smelly sweat
L85.8 | cutaneous horn; keratoacanthoma
L50.0 | allergic urticaria; allergic hives
L29.0 | anal itching; itchy bottom; pruritus ani
L29.2 | vulvar itching; itchy vulva; pruritus vulvae
L29.81 | cholestatic pruritus; pruritus due to liver disease
B76.9 | cutaneous larva migrans; creeping eruption
B65.3 | swimmer's itch; cercarial dermatitis
L56.0 | drug photosensitivity; phototoxic reaction; phototoxic drug reaction
L98.2 | sweet syndrome; sweet's syndrome; acute febrile neutrophilic dermatosis
L88 | pyoderma gangrenosum
I78.1 | telangiectasia; telangiectasias
L92.3 | foreign body granuloma; suture granuloma
L58.9 | radiation dermatitis; radiodermatitis; radiation burn of skin
`;
