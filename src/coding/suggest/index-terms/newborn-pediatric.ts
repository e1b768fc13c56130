/** Clinical terms, newborn and pediatric: what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const NEWBORN_PEDIATRIC_TERMS = `
Z38.0 | liveborn infant; single liveborn; healthy term newborn; newborn birth admission; singleton liveborn
Z38.3 | twin liveborn; twin newborn; liveborn twin
Z00.11 | newborn check; newborn visit; newborn exam; newborn weight check; newborn well visit
Z00.129 | well child check; well child visit; wcc; well baby visit; well baby check; routine child checkup; pediatric physical; well child exam; adolescent well visit
Z02.5 | sports physical; sports physical exam; preparticipation physical; sports clearance
Z02.0 | school physical; school entry exam; school exam
Z23 | immunization; vaccination; vaccines; shots; routine immunizations; flu shot; flu vaccine
Z28.3 | behind on vaccines; underimmunized; delayed immunizations; not up to date on vaccines; unvaccinated
Z28.82 | vaccine refusal; parent refused vaccines; vaccines declined by parent; vaccine hesitant parent
Z13.42 | developmental screening; milestone screening; asq screening
Z13.41 | autism screening; m-chat; mchat
Z13.88 | lead screening; blood lead screening
Z62.21 | foster child; child in foster care; foster care
Z41.2 | circumcision; newborn circumcision; routine circumcision
P59.9 | newborn jaundice; neonatal jaundice; jaundice of newborn; neonatal hyperbilirubinemia; physiologic jaundice; hyperbilirubinemia of newborn
P59.3 | breast milk jaundice; breastmilk jaundice
P59.0 | jaundice of prematurity; preterm jaundice
P55.1 | abo incompatibility; abo isoimmunization of newborn; abo hemolytic disease
P55.0 | rh disease of newborn; rh isoimmunization of newborn; rh hemolytic disease of newborn
P07.3 | preterm infant; premature infant; preemie; prematurity; premature baby; born premature; preterm newborn
P07.2 | extreme prematurity; extremely preterm; micropreemie; extreme immaturity
P07.1 | low birth weight; lbw; very low birth weight; vlbw
P07.0 | extremely low birth weight; elbw
P05.1 | sga; small for gestational age; small for dates infant; sga infant
P08.1 | lga; large for gestational age; lga infant; heavy for dates
P22.1 | ttn; transient tachypnea of the newborn; wet lung
P22.0 | rds; respiratory distress syndrome of newborn; hyaline membrane disease; surfactant deficiency
P24.0 | meconium aspiration; meconium aspiration syndrome
P28.4 | apnea of prematurity; newborn apnea; neonatal apnea
P29.30 | pphn; persistent pulmonary hypertension of newborn; persistent fetal circulation
P27.1 | bronchopulmonary dysplasia; chronic lung disease of prematurity
P91.60 | hie; hypoxic ischemic encephalopathy; neonatal hie
P91.819 | neonatal encephalopathy; newborn encephalopathy
P52.3 | ivh; intraventricular hemorrhage of newborn; neonatal ivh
P70.4 | neonatal hypoglycemia; newborn hypoglycemia; low blood sugar in newborn
P36.9 | neonatal sepsis; newborn sepsis; early onset sepsis
Z05.1 | rule out sepsis newborn; newborn sepsis ruled out; sepsis evaluation newborn
P96.1 | neonatal abstinence syndrome; neonatal withdrawal; neonatal opioid withdrawal syndrome; nows
P92.1 | newborn spit up; newborn spitting up; regurgitation in newborn
P78.83 | newborn reflux; neonatal reflux; newborn gerd
P92.9 | newborn feeding problem; poor feeding newborn; feeding difficulty newborn
P92.5 | breastfeeding difficulty; poor latch; latch difficulty; trouble latching; difficulty breastfeeding
P92.6 | failure to thrive newborn; newborn ftt
Z38.1 | born outside hospital; home birth infant; born before arrival
P61.2 | anemia of prematurity
P61.1 | neonatal polycythemia; polycythemia of newborn
P94.2 | floppy infant; hypotonic infant; congenital hypotonia; infant hypotonia
P96.83 | meconium staining; meconium stained infant
P08.21 | post-term infant; postmature infant; postmaturity; post-term newborn
P53 | vitamin k deficiency bleeding; vkdb; hemorrhagic disease of the newborn
P09.9 | abnormal newborn screen; abnormal newborn screening; abnormal state newborn screen
P09.6 | failed newborn hearing screen; failed hearing screen newborn; referred newborn hearing screen
P76.0 | meconium plug; meconium plug syndrome
P81.9 | temperature instability newborn; newborn temperature instability
P80.9 | neonatal hypothermia; newborn hypothermia
P74.1 | neonatal dehydration; newborn dehydration
R63.30 | feeding difficulties; feeding difficulty; feeding problem in child
R62.51 | failure to thrive; ftt; growth faltering; failure to thrive child
R68.12 | fussy baby; fussy infant; irritable infant
R68.11 | excessive crying; inconsolable crying; crying baby; excessive crying of infant
R10.83 | colic; infant colic; colicky baby; colicky infant
L22 | diaper rash; nappy rash; diaper dermatitis
L21.0 | cradle cap; infantile seborrheic dermatitis of scalp
P83.1 | erythema toxicum; erythema toxicum neonatorum
P83.81 | umbilical granuloma
P38.9 | omphalitis; umbilical cord infection; infected umbilical stump
P39.1 | neonatal conjunctivitis; ophthalmia neonatorum
P12.0 | cephalohematoma; cephalhematoma
P12.81 | caput succedaneum; scalp swelling at birth
P13.4 | clavicle fracture at birth; birth fracture of clavicle; clavicle fracture birth injury
P14.0 | erb's palsy; erb palsy; erb-duchenne palsy
K00.7 | teething; teething syndrome; teething pain
N39.44 | bedwetting; bed wetting; nocturnal enuresis; nighttime wetting
R62.52 | short stature; short for age
E30.1 | precocious puberty; early puberty
E30.0 | delayed puberty; late puberty
R06.89 | breath holding spells; breath-holding spell; breath holding spell
R56.00 | febrile seizure; febrile seizures; febrile convulsion; simple febrile seizure
R56.01 | complex febrile seizure; complex febrile convulsion
R78.71 | elevated lead level; high lead level; elevated blood lead; lead level elevated
S53.03 | nursemaid's elbow; nursemaids elbow; pulled elbow; radial head subluxation
N90.89 | labial adhesions; labial fusion; labial agglutination
R26.89 | toe walking; toe walker
R01.0 | innocent murmur; functional murmur; benign murmur; still's murmur; physiologic murmur
R62.50 | developmental delay; delayed development; dev delay
F88 | global developmental delay; gdd
R62.0 | delayed milestones; missed milestones; delayed milestone
F80.9 | speech delay; language delay; speech and language delay; delayed speech
F80.1 | expressive language delay; expressive language disorder
F80.2 | receptive language delay; mixed receptive expressive language disorder
F80.0 | articulation disorder; speech sound disorder; phonological disorder; lisp
F80.81 | stuttering; stammering; childhood onset fluency disorder
F82 | developmental coordination disorder; dyspraxia; clumsy child syndrome
F81.0 | dyslexia; reading disorder; reading disability
F81.2 | dyscalculia; math disorder; mathematics learning disability
F81.9 | learning disability; learning disorder; learning difficulty
F84.0 | autism; autism spectrum disorder; autistic disorder; autistic; infantile autism
F84.5 | asperger's; asperger syndrome; aspergers; asperger's syndrome
F79 | intellectual disability; mental retardation; intellectual developmental disorder
F93.0 | separation anxiety; separation anxiety disorder
F94.1 | reactive attachment disorder
F98.8 | thumb sucking; nail biting; thumb-sucking; nail-biting
Z62.820 | parent-child conflict; parent child relational problem; parent-child relationship problem
Z55.9 | school problems; academic problems; educational problems
Z55.3 | poor school performance; underachievement in school; failing school
L20.83 | infantile eczema; baby eczema; infant eczema
L74.0 | heat rash; prickly heat; miliaria rubra; sweat rash
F98.4 | head banging; body rocking; stereotypic movement disorder
F94.0 | selective mutism
F98.3 | pica in child; childhood pica; pica of infancy
Q53.9 | undescended testicle; undescended testis; cryptorchidism; cryptorchism
Q38.1 | tongue tie; tongue-tie; tongue tied; ankyloglossia
Q21.0 | vsd; ventricular septal defect
Q21.10 | atrial septal defect
Q21.11 | secundum asd; ostium secundum defect; secundum atrial septal defect
Q21.12 | pfo; patent foramen ovale
Q25.0 | pda; patent ductus; patent ductus arteriosus
Q21.3 | tof; tetralogy of fallot; tet spells
Q23.81 | bicuspid aortic valve; bav; bicuspid valve
Q25.1 | coarctation of aorta; coarctation; aortic coarctation
Q90.9 | down syndrome; down's syndrome; downs syndrome; trisomy 21; t21; mongolism
Q91.3 | trisomy 18; edwards syndrome
Q91.7 | trisomy 13; patau syndrome
Q96.9 | turner syndrome; turners syndrome; turner's syndrome
Q98.4 | klinefelter syndrome; klinefelter's syndrome; klinefelters; 47 xxy
Q99.2 | fragile x; fragile x syndrome
Q87.40 | marfan syndrome; marfan's syndrome; marfans
Q85.01 | nf1; neurofibromatosis type 1; von recklinghausen disease
Q78.0 | brittle bone disease; osteogenesis imperfecta
Q87.11 | prader-willi; prader willi syndrome; pws
Q93.51 | angelman syndrome
Q86.0 | fetal alcohol syndrome; fas
Q20.3 | tga; transposition of the great arteries; transposition of great vessels; d-tga
Q23.4 | hlhs
Q21.2 | avsd; av canal defect; atrioventricular canal defect; endocardial cushion defect
Q79.2 | omphalocele; exomphalos
Q79.3 | gastroschisis
Q39.1 | tef; tracheoesophageal fistula; esophageal atresia with tef
Q42.3 | imperforate anus; anal atresia
Q31.5 | laryngomalacia; floppy larynx
Q32.0 | tracheomalacia; congenital tracheomalacia
Q66.22 | metatarsus adductus; metatarsus varus; intoeing from metatarsus adductus
Q44.2 | biliary atresia
Q51.3 | bicornuate uterus; bicornate uterus
Q52.3 | imperforate hymen
Q55.22 | retractile testicle; retractile testis
Q64.2 | posterior urethral valves; puv
Q62.11 | upj obstruction; ureteropelvic junction obstruction; congenital upj obstruction
Q85.1 | tuberous sclerosis; tuberous sclerosis complex; bourneville disease
E70.0 | pku; phenylketonuria
E03.1 | congenital hypothyroidism
E25.0 | cah; congenital adrenal hyperplasia; 21-hydroxylase deficiency
Q63.1 | horseshoe kidney; fused kidney
Q60.2 | renal agenesis; congenital absence of kidney
Q61.2 | adpkd; autosomal dominant polycystic kidney disease; adult polycystic kidney disease
Q61.3 | polycystic kidney disease; polycystic kidneys; pkd
Q77.4 | achondroplasia; achondroplastic dwarfism
Q79.6 | ehlers-danlos syndrome; ehlers danlos syndrome; ehlers-danlos; hypermobile eds; heds
Q93.81 | 22q11 deletion syndrome; 22q11 microdeletion; velocardiofacial syndrome
Q04.0 | agenesis of corpus callosum; corpus callosum agenesis
Q28.2 | brain avm; cerebral avm; cerebral arteriovenous malformation; brain arteriovenous malformation
Q22.5 | ebstein anomaly; ebstein's anomaly
Q56.4 | ambiguous genitalia
Q70.9 | syndactyly; webbed fingers; webbed toes
Q12.0 | congenital cataract
Q15.0 | congenital glaucoma; infantile glaucoma
Q17.2 | microtia
Q35.9 | cleft palate
Q36.9 | cleft lip; harelip; hare lip
Q37.9 | cleft lip and palate; cleft lip with cleft palate
Q66.0 | clubfoot; club foot; talipes equinovarus; ctev
Q65.89 | ddh; developmental dysplasia of hip; congenital hip dysplasia; infant hip dysplasia
R29.4 | hip click; clicking hip; hip clunk
Q67.3 | plagiocephaly; positional plagiocephaly; flat head; flat head syndrome
Q75.0 | craniosynostosis; craniostenosis; premature fusion of skull sutures
Q67.6 | pectus excavatum; funnel chest; sunken chest
Q67.7 | pectus carinatum; pigeon chest
Q40.0 | pyloric stenosis; ihps; hypertrophic pyloric stenosis; infantile pyloric stenosis
Q43.1 | hirschsprung disease; hirschsprung's disease; congenital megacolon; aganglionic megacolon
Q54.9 | hypospadias
Q05.9 | spina bifida; myelomeningocele; meningomyelocele
Q76.0 | spina bifida occulta
Q02 | microcephaly; small head
Q03.9 | congenital hydrocephalus
Q62.0 | prenatal hydronephrosis; antenatal hydronephrosis; congenital hydronephrosis; fetal hydronephrosis
Q10.5 | congenital nasolacrimal duct obstruction; blocked tear duct in infant; congenital dacryostenosis
Q17.0 | ear tag; preauricular tag; preauricular skin tag; accessory tragus; skin tag by ear
Q18.1 | preauricular pit; preauricular sinus; ear pit; preauricular cyst
Q69.9 | polydactyly; extra finger; extra digit; extra toe
Q82.6 | sacral dimple; pilonidal dimple
Q68.0 | congenital torticollis; congenital muscular torticollis; infant torticollis
P83.5 | congenital hydrocele; newborn hydrocele; infant hydrocele
Q82.5 | port wine stain; port-wine stain; salmon patch; stork bite; nevus flammeus
D18.01 | infantile hemangioma; strawberry hemangioma; strawberry mark; hemangioma of skin
`;
