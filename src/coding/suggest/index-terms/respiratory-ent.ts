/** Clinical terms, respiratory and ENT (lungs, airways, sleep apnea, allergic rhinitis, ear, nose, throat, mouth and teeth): what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const RESPIRATORY_ENT_TERMS = `
J44.9 | copd; chronic obstructive pulmonary disease; chronic obstructive lung disease; chronic obstructive airway disease; coad
J44.1 | copd exacerbation; aecopd; acute exacerbation of copd; copd flare; exacerbation of copd
J44.0 | copd with acute bronchitis; copd with lower respiratory infection; copd with pneumonia
J43.9 | emphysema; pulmonary emphysema; bullous emphysema; lung emphysema
J42 | chronic bronchitis; chronic bronchitis nos
J41.0 | smoker's bronchitis; smoker's cough; smokers cough
J40 | bronchitis; chest cold; tracheobronchitis
J20.9 | acute bronchitis; acute tracheobronchitis; acute bronchitis nos
J21.9 | bronchiolitis; acute bronchiolitis
J21.0 | rsv bronchiolitis; respiratory syncytial virus bronchiolitis
J12.1 | rsv pneumonia; respiratory syncytial virus pneumonia
J45.90 | asthma; bronchial asthma; reactive airway disease; rad; asthmatic; asthmatic bronchitis; reactive airways disease
J45.901 | asthma exacerbation; asthma attack; asthma flare; acute asthma; exacerbation of asthma; acute asthma attack
J45.902 | status asthmaticus
J45.990 | exercise-induced asthma; exercise induced bronchospasm; eib; exercise-induced bronchoconstriction
J45.991 | cough variant asthma; cough-variant asthma
J98.01 | bronchospasm; acute bronchospasm
R06.2 | wheezing; wheeze; wheezes
J18.9 | pneumonia; pna; community acquired pneumonia; community-acquired pneumonia; lung infection; pneumonitis
J18.1 | lobar pneumonia; lobar pna
J18.0 | bronchopneumonia
J69.0 | aspiration pneumonia; aspiration pneumonitis
J15.9 | bacterial pneumonia
J12.9 | viral pneumonia
J13 | pneumococcal pneumonia; strep pneumoniae pneumonia; streptococcus pneumoniae pneumonia
J15.7 | mycoplasma pneumonia; mycoplasma pneumoniae pneumonia
J15.212 | mrsa pneumonia
J95.851 | vap; ventilator associated pneumonia; ventilator-associated pneumonia
J22 | lower respiratory infection; lrti; lower respiratory tract infection; acute lower respiratory infection
J85.2 | lung abscess; pulmonary abscess
J86.9 | empyema; pleural empyema; pyothorax
U07.1 | covid; covid-19; covid 19; coronavirus disease 2019; sars-cov-2 infection; covid infection
J12.82 | covid pneumonia; covid-19 pneumonia
J11.1 | flu; influenza; influenza-like illness; the flu
J10.1 | influenza a; flu a; influenza b; flu b
A15.0 | pulmonary tuberculosis; pulmonary tb; tb of lung; lung tb
Z22.7 | latent tb; ltbi; latent tuberculosis; latent tuberculosis infection
R76.11 | positive ppd; ppd positive; positive tb skin test; positive tuberculin test; positive mantoux
J84.9 | ild; interstitial lung disease
J84.10 | pulmonary fibrosis; lung fibrosis; fibrosis of lung
J84.112 | ipf; idiopathic pulmonary fibrosis; usual interstitial pneumonia; uip; cryptogenic fibrosing alveolitis
J67.9 | hypersensitivity pneumonitis; extrinsic allergic alveolitis
J47 | bronchiectasis
E84.9 | cystic fibrosis; mucoviscidosis
E84.0 | cystic fibrosis lung disease; pulmonary cystic fibrosis
J96.0 | acute respiratory failure; acute resp failure
J96.01 | acute hypoxic respiratory failure; ahrf; acute hypoxemic respiratory failure
J96.02 | acute hypercapnic respiratory failure; acute hypercarbic respiratory failure
J96.1 | chronic respiratory failure; chronic resp failure
J96.11 | chronic hypoxic respiratory failure; chronic hypoxemic respiratory failure
J96.12 | chronic hypercapnic respiratory failure; chronic hypercarbic respiratory failure
J96.2 | acute on chronic respiratory failure
J96.21 | acute on chronic hypoxic respiratory failure; acute on chronic hypoxemic respiratory failure
J96.9 | respiratory failure; resp failure
R09.02 | hypoxemia; hypoxia; low oxygen; low oxygen saturation; low o2 sat; desaturation; desats; low oxygen level
J80 | ards; acute respiratory distress syndrome; adult respiratory distress syndrome; shock lung
R06.03 | respiratory distress; acute respiratory distress
J90 | pleural effusion; fluid around the lung; fluid around the lungs; pleural fluid
J91.0 | malignant pleural effusion; malignant effusion
R09.1 | pleurisy; pleuritis
J93.9 | pneumothorax; ptx
J93.0 | tension pneumothorax; tension ptx
J93.83 | spontaneous pneumothorax
J98.11 | atelectasis; bibasilar atelectasis; basilar atelectasis; subsegmental atelectasis; plate-like atelectasis
J98.19 | collapsed lung; lung collapse; pulmonary collapse
J98.6 | diaphragmatic paralysis; paralyzed diaphragm; elevated hemidiaphragm; diaphragm paralysis
R91.1 | lung nodule; pulmonary nodule; solitary lung nodule; spn; coin lesion; nodule on lung; spot on lung
R91.8 | lung mass; pulmonary nodules; multiple lung nodules; lung infiltrate; pulmonary infiltrate; abnormal chest x-ray; abnormal cxr; ground glass opacity
R05 | cough; coughing; hacking cough; nagging cough
R05.3 | chronic cough; persistent cough; refractory cough; unexplained cough
R06.02 | sob; short of breath; shortness of breath; breathlessness; trouble breathing; difficulty breathing; can't breathe; winded
R06.00 | dyspnea; dyspnoea; labored breathing
R06.82 | tachypnea; rapid breathing; fast breathing
R06.6 | hiccups; hiccough; singultus
R04.2 | hemoptysis; coughing up blood; blood in sputum; bloody sputum; haemoptysis
R04.0 | nosebleed; nose bleed; epistaxis; bloody nose; nosebleeds
R09.81 | nasal congestion; stuffy nose; blocked nose; stuffed up nose
R09.82 | postnasal drip; post nasal drip; post-nasal drip; postnasal drainage
R43.0 | anosmia; loss of smell; lost sense of smell; no sense of smell
Z99.81 | home oxygen; on home oxygen; on home o2; oxygen dependent; supplemental oxygen; oxygen dependence; on oxygen
Z99.11 | ventilator dependent; vent dependent; ventilator dependence; on home ventilator
Z99.89 | on cpap; cpap use; cpap dependence; bipap use; on bipap
Z93.0 | trach; tracheostomy; trach status; has trach; tracheostomy present
Z90.2 | status post lobectomy; status post pneumonectomy; history of lobectomy; history of pneumonectomy
Z87.01 | history of pneumonia; history of recurrent pneumonia
G47.33 | osa; obstructive sleep apnea; obstructive sleep apnoea; obstructive apnea
G47.30 | sleep apnea; sleep apnoea; sleep apnea syndrome
G47.31 | central sleep apnea; central apnea
E66.2 | obesity hypoventilation syndrome; ohs; pickwickian syndrome
R06.83 | snoring; snores
J00 | common cold; head cold; acute coryza; coryza; acute rhinitis; nasopharyngitis
J06.9 | uri; upper respiratory infection; upper respiratory tract infection; urti; viral uri; acute uri
J02.9 | sore throat; pharyngitis; acute pharyngitis; throat infection
J02.0 | strep throat; strep pharyngitis; streptococcal pharyngitis; streptococcal sore throat
R07.0 | throat pain; painful throat
J03.9 | tonsillitis; tonsilitis; acute tonsillitis
J35.01 | chronic tonsillitis
J35.1 | enlarged tonsils; tonsillar hypertrophy; big tonsils; hypertrophied tonsils
J35.2 | enlarged adenoids; adenoid hypertrophy; adenoidal hypertrophy
J35.3 | adenotonsillar hypertrophy; enlarged tonsils and adenoids
J36 | peritonsillar abscess; quinsy
J04.0 | laryngitis; acute laryngitis
J05.0 | croup; viral croup; spasmodic croup; laryngotracheitis croup
J05.10 | epiglottitis; acute epiglottitis
J38.5 | laryngospasm; laryngeal spasm
J38.0 | vocal cord paralysis; vocal fold paralysis; paralyzed vocal cord
J38.2 | vocal cord nodules; vocal nodules; singer's nodes; singer's nodules
J38.1 | vocal cord polyp; vocal fold polyp
R49.0 | hoarseness; hoarse voice; dysphonia; raspy voice
R49.1 | loss of voice; lost voice; aphonia
R13.1 | dysphagia; trouble swallowing; difficulty swallowing; swallowing problems
J32.9 | sinusitis; sinus infection; chronic sinusitis; rhinosinusitis; chronic rhinosinusitis
J01.9 | acute sinusitis; acute sinus infection; acute rhinosinusitis
J30.9 | allergic rhinitis; nasal allergies; allergic rhinitis nos
J30.1 | hay fever; pollen allergy; pollinosis; hayfever
J30.2 | seasonal allergic rhinitis; seasonal allergies
J30.89 | perennial allergic rhinitis; perennial rhinitis
J30.81 | allergic rhinitis due to animal dander; pet dander allergy rhinitis
J31.0 | rhinitis; chronic rhinitis; nonallergic rhinitis
J30.0 | vasomotor rhinitis; nonallergic vasomotor rhinitis
J34.2 | deviated septum; deviated nasal septum; septal deviation
J33.9 | nasal polyps; nasal polyp; nasal polyposis; sinus polyps
J34.3 | turbinate hypertrophy; enlarged turbinates; hypertrophic turbinates
H66.9 | ear infection; middle ear infection; otitis media; aom; acute otitis media
H65.9 | ome; otitis media with effusion; serous otitis media; middle ear effusion; fluid behind the eardrum; fluid in the middle ear
H65.3 | glue ear; chronic mucoid otitis media
H60.33 | swimmer's ear; swimmers ear
H60.9 | otitis externa; outer ear infection; external ear infection; ear canal infection
H61.2 | earwax; ear wax; cerumen impaction; impacted cerumen; impacted earwax; ear wax buildup; cerumen
H92.0 | ear pain; earache; otalgia; ear ache
H92.1 | ear drainage; ear discharge; draining ear; otorrhea
H93.1 | ringing in ears; ringing in the ears; tinnitus; buzzing in ears; ear ringing
H91.9 | hearing loss; deafness; hard of hearing; decreased hearing; hearing impairment; hoh
H90.5 | snhl; sensorineural hearing loss; nerve deafness; sensorineural deafness
H91.1 | presbycusis; age-related hearing loss; presbyacusis
H81.1 | bppv; benign positional vertigo; benign paroxysmal positional vertigo; positional vertigo
H81.0 | meniere's disease; menieres; meniere disease; meniere's
H81.2 | vestibular neuritis; vestibular neuronitis
H72.9 | perforated eardrum; ruptured eardrum; tm perforation; hole in eardrum; perforated tympanic membrane
H69.8 | etd; eustachian tube dysfunction; blocked eustachian tube
Z96.22 | ear tubes; pe tubes; tympanostomy tubes; myringotomy tubes; ear tube status
Z97.4 | hearing aid; hearing aids; wears hearing aids; hearing aid user
Z96.21 | cochlear implant; cochlear implant status
K08.89 | toothache; tooth pain; dental pain; tooth ache
K02.9 | cavities; tooth cavity; tooth decay; dental caries; caries; decayed tooth
K04.7 | tooth abscess; dental abscess; abscessed tooth; periapical abscess
K05.10 | gingivitis; gum inflammation; inflamed gums
K05.3 | periodontitis; chronic periodontitis
K05.6 | periodontal disease; periodontal disease nos
K06.9 | gum disease; gum problem
K01.1 | impacted wisdom teeth; impacted wisdom tooth; impacted third molar; impacted tooth
K00.7 | teething
K08.10 | edentulous; edentulism; toothless; no teeth
Z97.2 | dentures; wears dentures; denture wearer; has dentures
K12.0 | canker sore; canker sores; aphthous ulcer; aphthous ulcers; aphthous stomatitis
B37.0 | thrush; oral thrush; oral candidiasis; oral yeast infection
B00.1 | cold sore; cold sores; fever blister; herpes labialis
K11.7 | sialorrhea; hypersalivation; ptyalism
R68.2 | dry mouth; cottonmouth
R68.84 | jaw pain; mandibular pain
M26.60 | tmj; tmj disorder; tmd; temporomandibular joint disorder; temporomandibular disorder
K13.0 | cheilitis; angular cheilitis; perleche
K14.1 | geographic tongue; benign migratory glossitis
K11.2 | sialadenitis; sialoadenitis; salivary gland infection
K11.5 | salivary stone; salivary gland stone; sialolith; sialolithiasis
K12.2 | ludwig's angina; ludwig angina; cellulitis of mouth
Q38.1 | tongue tie; tongue-tie; tongue tied; ankyloglossia
Q36.9 | cleft lip; harelip
F45.8 | bruxism; teeth grinding; tooth grinding; grinding teeth; jaw clenching
G47.63 | sleep bruxism; nocturnal teeth grinding; sleep-related bruxism
J98.4 | lung lesion; pulmonary lesion; cavitary lung lesion
R09.3 | abnormal sputum; purulent sputum; excessive sputum; excess phlegm; discolored sputum
J34.89 | nasal obstruction; nasal airway obstruction
J38.6 | subglottic stenosis; laryngeal stenosis
J39.8 | tracheal stenosis
R06.81 | apneic episodes; apneic spells; breathing pauses
H70.9 | mastoiditis
H91.2 | sudden hearing loss; sudden sensorineural hearing loss; sshl
H83.0 | labyrinthitis; inner ear infection; otitis interna
K03.6 | tartar; dental calculus; plaque on teeth; stained teeth; tooth staining
K03.81 | cracked tooth; cracked tooth syndrome
K06.0 | receding gums; gum recession; gingival recession
K12.1 | stomatitis; mouth ulcer; mouth ulcers; oral ulcer; mouth sores
K12.3 | oral mucositis; mucositis
K14.6 | burning mouth syndrome; burning tongue; glossodynia; sore tongue
K13.21 | oral leukoplakia; leukoplakia of tongue; leukoplakia of mouth
K11.6 | mucocele; lip mucocele; ranula
R19.6 | bad breath; halitosis
Z01.20 | dental checkup; dental exam; dental cleaning; routine dental exam
Z01.10 | hearing test; hearing exam; audiology exam; hearing check
Z43.0 | trach care; tracheostomy care; trach change
`;
