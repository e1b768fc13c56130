/** Clinical terms, mental health, substance use, sleep and neurology: what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const MENTAL_NERVOUS_TERMS = `
F32.A | depression; depressed; depressive disorder
F32.9 | major depression; mdd; major depressive disorder; major depressive episode
F33 | recurrent depression; recurrent major depression; mdd recurrent; recurrent mdd; recurrent major depressive disorder
F34.1 | dysthymia; dysthymic disorder; persistent depressive disorder
F34.0 | cyclothymia; cyclothymic disorder
F41.9 | anxiety; anxiety disorder; anxious; anxiety state
F41.1 | gad; generalized anxiety disorder; generalized anxiety
F41.0 | panic attacks; panic disorder; panic attack
F41.8 | anxiety with depression; mixed anxiety and depression; anxiety depression; mixed anxiety depressive disorder
F40.10 | social anxiety; social anxiety disorder; social phobia
F42.9 | ocd; obsessive compulsive disorder; obsessive-compulsive disorder
F42.3 | hoarding; hoarding disorder
F42.4 | skin picking; excoriation disorder; dermatillomania
F63.3 | trichotillomania; hair pulling; hair pulling disorder
F45.21 | hypochondria; hypochondriasis; health anxiety; illness anxiety disorder
F43.1 | ptsd; post traumatic stress disorder; posttraumatic stress disorder; post-traumatic stress
F43.2 | adjustment disorder; adjustment reaction
F43.81 | prolonged grief disorder; complicated grief; prolonged grief
Z63.4 | bereavement; death in family; recent death of family member
Z73.3 | stressed out; situational stress; life stress; work stress; psychosocial stress
Z73.0 | burnout; burn-out; burned out
F31 | bipolar; bipolar disorder; manic depression; manic depressive illness; bipolar affective disorder; bpad; bipolar 1
F31.81 | bipolar ii; bipolar 2; bipolar type 2; bipolar ii disorder
F20 | schizophrenia; schizophrenic
F25 | schizoaffective; schizoaffective disorder
F29 | psychosis; psychotic disorder; psychotic; psychotic episode
F60.3 | borderline personality disorder; borderline personality
F60.2 | antisocial personality disorder; antisocial personality; aspd
F90 | adhd; attention deficit disorder; attention deficit hyperactivity disorder; attention deficit; hyperkinetic disorder
F91.3 | oppositional defiant disorder; oppositional defiance
F95.2 | tourette's; tourettes; tourette syndrome; tourette's syndrome
F95.9 | tics; tic disorder; motor tics
F50.0 | anorexia nervosa
F50.2 | bulimia; bulimia nervosa; bulimic
F50.81 | binge eating disorder; binge eating
F50.82 | arfid; avoidant restrictive food intake disorder
F50.9 | eating disorder; disordered eating
R45.851 | suicidal ideation; suicidal thoughts; suicidal; passive suicidal ideation; thoughts of suicide
R45.850 | homicidal ideation; homicidal thoughts
T14.91 | suicide attempt; attempted suicide
Z91.51 | history of suicide attempt; prior suicide attempt; history of suicidal behavior
R45.88 | self-harm; self harm; self-injury; nonsuicidal self-injury; nssi; self-injurious behavior
F63.0 | gambling addiction; compulsive gambling; pathological gambling; gambling disorder
F30.9 | mania; manic episode; manic
F22 | delusional disorder; paranoia; paranoid delusions
F23 | brief psychotic disorder; brief reactive psychosis
R45.86 | emotional lability; labile mood; mood lability
R45.4 | irritability; anger; anger issues; anger outbursts
R68.82 | low libido; decreased libido; low sex drive; loss of libido
F64.9 | gender dysphoria; gender identity disorder
Z63.0 | marital problems; relationship problems; marital conflict; relationship stress
Z79.891 | chronic opioid therapy; long term opioid use; on chronic opioids; long-term opiate use
F10.26 | korsakoff syndrome; korsakoff's psychosis; wernicke-korsakoff syndrome
E51.2 | wernicke's encephalopathy; wernicke encephalopathy
R41.81 | age-related cognitive decline; age associated memory impairment; age-related memory loss
F10.10 | alcohol abuse; etoh abuse; problem drinking; alcohol misuse
F10.20 | alcohol dependence; alcoholism; etoh dependence; chronic alcoholism; alcohol addiction
F10.21 | alcohol dependence in remission; alcoholism in remission; recovering alcoholic; history of alcoholism
F10.23 | alcohol withdrawal; etoh withdrawal; alcohol withdrawal syndrome
F10.231 | delirium tremens; dts; alcohol withdrawal delirium
F17.200 | current smoker; active smoker; nicotine dependence; tobacco dependence; tobacco use disorder; nicotine addiction
F17.210 | cigarette smoker; smokes cigarettes; cigarette dependence; current every day smoker; pack a day smoker
F17.220 | chewing tobacco; smokeless tobacco; snuff dipper; chews tobacco
F17.290 | vaping; vaper; e-cigarette use; vapes nicotine; electronic cigarette use
Z87.891 | former smoker; ex-smoker; history of smoking; history of tobacco use; remote smoker
Z71.6 | smoking cessation counseling; tobacco cessation counseling; counseled to quit smoking
Z77.22 | secondhand smoke exposure; passive smoking; secondhand smoke; smoke exposure at home
F12.10 | cannabis abuse; marijuana abuse
F12.20 | cannabis dependence; marijuana dependence; marijuana addiction
F12.90 | marijuana use; cannabis use; thc use; smokes marijuana; weed use
F11.10 | opioid abuse; opiate abuse; heroin abuse; narcotic abuse
F11.20 | opioid dependence; opiate dependence; opioid addiction; heroin addiction; opiate addiction
F11.23 | opioid withdrawal; opiate withdrawal; heroin withdrawal
F14.10 | cocaine abuse; crack cocaine abuse
F14.20 | cocaine dependence; cocaine addiction; crack addiction
F14.90 | cocaine use; crack use
F15.10 | methamphetamine abuse; meth abuse; amphetamine abuse; stimulant abuse
F15.20 | methamphetamine dependence; meth addiction; amphetamine dependence; stimulant dependence
F15.90 | meth use; methamphetamine use; amphetamine use
F13.10 | benzodiazepine abuse; benzo abuse; sedative abuse
F13.20 | benzodiazepine dependence; benzo dependence; sedative dependence
F19.10 | polysubstance abuse; drug abuse; substance abuse; illicit drug abuse
F19.20 | polysubstance dependence; drug addiction; drug dependence; substance dependence
F03 | dementia; senile dementia; senility; dementia nos; major neurocognitive disorder
G30 | alzheimer's; alzheimers; alzheimer disease; alzheimer's disease; alzheimer's dementia; alzheimer dementia
F01 | vascular dementia; multi-infarct dementia; arteriosclerotic dementia
G31.83 | lewy body dementia; dementia with lewy bodies; dlb; lewy body disease
G31.09 | frontotemporal dementia; ftd; frontotemporal lobar degeneration
G31.84 | mci; mild cognitive impairment; mild neurocognitive disorder
R41.3 | memory loss; forgetfulness; memory problems; poor memory; short term memory loss
R41.82 | altered mental status; ams; mental status change; change in mental status
R41.0 | confusion; confused; disorientation; disoriented; delirium
R41.840 | poor concentration; trouble concentrating; difficulty concentrating
R41.89 | brain fog; cognitive complaints; cognitive changes; mental fog
F07.81 | post-concussion syndrome; postconcussion syndrome; postconcussive syndrome; post concussive syndrome
G47.00 | insomnia; can't sleep; cannot sleep; trouble sleeping; difficulty sleeping; sleeplessness; difficulty falling asleep
F51.01 | primary insomnia
G47.33 | osa; obstructive sleep apnea; obstructive sleep apnoea; osas
G47.30 | sleep apnea; sleep apnoea; sleep disordered breathing
G47.10 | hypersomnia; hypersomnolence
G47.41 | narcolepsy
G25.81 | rls; restless legs; restless leg syndrome; restless legs syndrome; willis-ekbom disease
G47.61 | periodic limb movement disorder; plmd; periodic limb movements of sleep
G47.52 | rem sleep behavior disorder; rbd; rem behavior disorder
G47.9 | sleep disorder; sleep disturbance; sleep problems; poor sleep
F51.5 | nightmares; nightmare disorder; bad dreams
F51.3 | sleepwalking; sleep walking; somnambulism
F51.4 | night terrors; sleep terrors; pavor nocturnus
G47.31 | central sleep apnea; primary central sleep apnea
G47.63 | sleep bruxism; nocturnal teeth grinding; teeth grinding at night
Z72.820 | sleep deprivation; not enough sleep; insufficient sleep
R51.9 | headache; headaches; head pain; cephalgia; cephalalgia
G43.9 | migraine; migraines; migraine headache; migraine headaches; sick headache
G43.0 | common migraine; migraine without aura
G43.1 | classic migraine; migraine with aura
G43.7 | chronic migraine; chronic migraines; transformed migraine
G44.2 | tension headache; tension-type headache; tension headaches; tth; stress headache; muscle contraction headache
G44.0 | cluster headache; cluster headaches
G44.4 | medication overuse headache; rebound headache; analgesic rebound headache; drug-induced headache
G44.3 | post-traumatic headache; posttraumatic headache; post concussion headache
R56.9 | seizure; seizures; convulsions; convulsion; seizure episode; seizure-like activity
G40.9 | epilepsy; seizure disorder; epileptic; convulsive disorder; epileptic seizures
G40.901 | status epilepticus
G40.A | absence seizures; absence epilepsy; petit mal; childhood absence epilepsy
G40.B | juvenile myoclonic epilepsy; jme; janz syndrome
G40.2 | complex partial seizures; complex partial epilepsy; focal impaired awareness seizures; temporal lobe epilepsy
G40.1 | simple partial seizures; focal aware seizures; simple partial epilepsy
F44.5 | pnes; psychogenic nonepileptic seizures; pseudoseizures; functional seizures; nonepileptic seizures
G40.3 | generalized epilepsy; idiopathic generalized epilepsy; primary generalized epilepsy
G40.82 | infantile spasms; west syndrome; epileptic spasms
G40.81 | lennox-gastaut syndrome; lennox gastaut; lgs
G40.83 | dravet syndrome; severe myoclonic epilepsy of infancy
G40.0 | benign rolandic epilepsy; bects; rolandic epilepsy; benign childhood epilepsy with centrotemporal spikes
G45.0 | vertebrobasilar insufficiency; vbi; vertebrobasilar tia
I77.71 | carotid dissection; carotid artery dissection
I77.74 | vertebral artery dissection; vertebral dissection
I62.00 | nontraumatic subdural hematoma; spontaneous subdural hematoma; nontraumatic subdural hemorrhage
G81.9 | hemiplegia; hemiparesis; hemiplegic
G82.2 | paraplegia; paraplegic
G82.5 | quadriplegia; tetraplegia; quadriplegic; tetraplegic
G83.4 | cauda equina syndrome; cauda equina compression
G95.9 | myelopathy; spinal cord disease
G97.1 | post lumbar puncture headache; post dural puncture headache; spinal headache; post-lp headache
G93.1 | anoxic brain injury; anoxic brain damage; hypoxic brain injury; anoxic encephalopathy
G36.0 | neuromyelitis optica; nmo; devic's disease; nmosd
G37.3 | transverse myelitis
G61.81 | cidp; chronic inflammatory demyelinating polyneuropathy
G62.81 | critical illness polyneuropathy; critical illness neuropathy
G72.0 | statin myopathy; drug-induced myopathy; statin-induced myopathy
G90.9 | dysautonomia; autonomic dysfunction; autonomic neuropathy
G21.11 | drug-induced parkinsonism; neuroleptic induced parkinsonism; antipsychotic induced parkinsonism
G25.71 | akathisia; drug induced akathisia
G31.85 | corticobasal degeneration; corticobasal syndrome
R25.3 | fasciculations; muscle twitching; fasciculation
R47.01 | aphasia; expressive aphasia; receptive aphasia
I63.9 | stroke; cva; cerebrovascular accident; brain attack; ischemic stroke; acute stroke; cerebral infarction
I63.51 | mca stroke; mca infarct; middle cerebral artery stroke
I63.81 | lacunar infarct; lacunar stroke; lacune; small vessel stroke
I61.9 | hemorrhagic stroke; intracerebral hemorrhage; intraparenchymal hemorrhage
I60.9 | subarachnoid hemorrhage; sah; nontraumatic subarachnoid hemorrhage
G45.9 | tia; mini stroke; mini-stroke; ministroke; transient ischemic attack
Z86.73 | history of stroke; history of cva; history of tia; prior stroke; old stroke; remote cva; personal history of stroke
I69.35 | hemiparesis after stroke; residual hemiparesis from stroke; post-stroke hemiparesis; hemiplegia after stroke
I69.320 | aphasia after stroke; post-stroke aphasia
I69.391 | dysphagia after stroke; post-stroke dysphagia
I69.30 | late effects of stroke; stroke sequelae; residual effects of stroke; post-stroke deficits
I65.2 | carotid stenosis; carotid artery stenosis; carotid artery disease; carotid occlusion; carotid plaque
I67.1 | brain aneurysm; cerebral aneurysm; berry aneurysm; intracranial aneurysm unruptured
G62.9 | neuropathy; peripheral neuropathy; polyneuropathy; peripheral polyneuropathy
G60.0 | charcot-marie-tooth; charcot marie tooth disease; cmt; hereditary motor sensory neuropathy
G61.0 | guillain-barre; guillain barre syndrome; guillain-barre syndrome; aidp
G62.1 | alcoholic neuropathy; alcoholic polyneuropathy
G62.0 | chemotherapy induced neuropathy; chemo-induced neuropathy; cipn; drug-induced neuropathy
G56.0 | carpal tunnel; carpal tunnel syndrome; cts; median nerve entrapment
G56.2 | cubital tunnel syndrome; ulnar neuropathy; ulnar nerve entrapment; ulnar nerve compression
G56.3 | radial nerve palsy; radial neuropathy; saturday night palsy
G57.1 | meralgia paresthetica; lateral femoral cutaneous neuropathy
G57.5 | tarsal tunnel syndrome; tarsal tunnel
G57.6 | morton's neuroma; mortons neuroma; morton neuroma; interdigital neuroma; plantar neuroma
G57.3 | peroneal neuropathy; peroneal nerve palsy; common fibular nerve palsy
G51.0 | bell's palsy; bells palsy; bell palsy; facial palsy; facial nerve palsy
G50.0 | trigeminal neuralgia; tic douloureux
M54.81 | occipital neuralgia
G90.5 | crps; complex regional pain syndrome; rsd; reflex sympathetic dystrophy
G90.A | pots; postural orthostatic tachycardia syndrome
G20.A1 | parkinson's; parkinsons; parkinson's disease; parkinson disease; paralysis agitans
G20.C | parkinsonism
G25.0 | essential tremor; benign essential tremor; familial tremor
R25.1 | tremor; tremors; hand tremor
G24.3 | cervical dystonia; spasmodic torticollis
G24.5 | blepharospasm; eyelid spasm
G24.01 | tardive dyskinesia
G10 | huntington's disease; huntington disease; huntington's chorea; huntingtons
G23.1 | psp; progressive supranuclear palsy
G90.3 | msa; multiple system atrophy; shy-drager syndrome
G35 | multiple sclerosis; disseminated sclerosis
G35.A | rrms; relapsing remitting multiple sclerosis; relapsing remitting ms
G12.21 | als; amyotrophic lateral sclerosis; lou gehrig's disease; lou gehrigs disease
G12.20 | motor neuron disease; mnd
G70.0 | myasthenia gravis; myasthenia
G71.00 | muscular dystrophy
G71.01 | duchenne muscular dystrophy; duchenne; dmd; becker muscular dystrophy
G80 | cerebral palsy; little's disease
G93.40 | encephalopathy
G93.41 | metabolic encephalopathy; toxic metabolic encephalopathy
G93.2 | pseudotumor cerebri; idiopathic intracranial hypertension; iih; benign intracranial hypertension
G93.32 | chronic fatigue syndrome; cfs; myalgic encephalomyelitis; me-cfs
R20.2 | tingling; pins and needles; paresthesia; paresthesias; numbness and tingling
R20.0 | numbness; numb; loss of sensation
R29.810 | facial droop; facial weakness; facial drooping
F43.0 | acute stress reaction; acute stress disorder
F40.00 | agoraphobia
F45.1 | somatic symptom disorder; somatoform disorder
F45.0 | somatization disorder; somatization; briquet's disorder
R45.1 | agitation; agitated; restlessness
R44.3 | hallucinations; hallucinating
R40.0 | somnolence; drowsiness; drowsy; sleepiness
G47.26 | shift work sleep disorder; shift work disorder
G44.52 | ndph; new daily persistent headache
G91.2 | normal pressure hydrocephalus; idiopathic normal pressure hydrocephalus; inph
G91.9 | hydrocephalus
G54.0 | thoracic outlet syndrome; tos; brachial plexopathy
G54.6 | phantom limb pain; phantom pain
G45.3 | amaurosis fugax; transient monocular blindness
R27.0 | ataxia; ataxic
R47.1 | slurred speech; dysarthria; slurring of speech
`;
