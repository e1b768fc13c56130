/** Clinical terms, more mental health, substance use, sleep, neurology and pain syndromes: what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const MIND_NERVES_MORE_TERMS = `
G89.29 | chronic pain; persistent pain; longstanding pain; chronic pain disorder
G89.4 | chronic pain syndrome; chronic pain syndrome with psychosocial dysfunction
G89.3 | cancer pain; cancer related pain; tumor related pain; neoplasm related pain; malignancy pain
G89.18 | postoperative pain; post-op pain; postop pain; pain after surgery; surgical site pain; acute postoperative pain
G89.28 | chronic postoperative pain; chronic post-surgical pain; chronic pain after surgery; persistent postsurgical pain
G89.11 | acute pain due to trauma; acute traumatic pain
G89.21 | chronic pain due to trauma; chronic post-traumatic pain
G89.0 | central pain syndrome; thalamic pain syndrome; dejerine-roussy syndrome; central post-stroke pain
F45.41 | psychogenic pain; pain disorder psychological factors
M79.2 | neuralgia; neuritis; nerve pain
G50.1 | atypical facial pain; persistent idiopathic facial pain
G58.0 | intercostal neuralgia; intercostal neuropathy
G56.4 | causalgia of arm; crps type 2 arm; causalgia of upper limb
G57.7 | causalgia of leg; crps type 2 leg; causalgia of lower limb
R51.9 | chronic daily headache; daily headaches; frequent headaches; head ache; headache nos
R51.0 | orthostatic headache; positional headache; headache worse standing
G43.909 | migraine nos; migraine not intractable; migraine headache nos
G43.919 | intractable migraine; refractory migraine; migraine intractable
G43.901 | status migrainosus; prolonged migraine attack
G43.809 | vestibular migraine; migrainous vertigo; migraine associated vertigo
G43.82 | menstrual migraine; catamenial migraine; hormonal migraine
G43.4 | hemiplegic migraine; familial hemiplegic migraine
G43.6 | migrainous infarction; migraine with infarction
G43.D | abdominal migraine
G43.E | chronic migraine with aura
G44.1 | vascular headache
G44.04 | paroxysmal hemicrania; chronic paroxysmal hemicrania
G44.51 | hemicrania continua
G44.53 | thunderclap headache; primary thunderclap headache
G44.81 | hypnic headache; alarm clock headache
G44.82 | sex headache; coital headache; headache with sexual activity
G44.83 | cough headache; primary cough headache
G44.84 | exertional headache; exercise headache; primary exertional headache
G44.85 | ice pick headache; stabbing headache; primary stabbing headache
F51.02 | adjustment insomnia; acute insomnia; short term insomnia; stress insomnia
F51.03 | paradoxical insomnia; sleep state misperception
F51.04 | psychophysiologic insomnia; psychophysiological insomnia; conditioned insomnia; learned insomnia
F51.05 | insomnia due to depression; insomnia due to anxiety; insomnia due to mental disorder
G47.01 | insomnia due to medical condition; insomnia due to pain
F51.12 | insufficient sleep syndrome
F51.11 | primary hypersomnia
G47.1 | idiopathic hypersomnia; excessive daytime sleepiness; daytime hypersomnolence
G47.411 | narcolepsy with cataplexy; narcolepsy type 1; cataplexy
G47.419 | narcolepsy without cataplexy; narcolepsy type 2
G47.20 | circadian rhythm sleep disorder; sleep wake cycle disorder; day night reversal; sleep cycle reversal
G47.21 | delayed sleep phase; delayed sleep phase syndrome; dsps; night owl
G47.22 | advanced sleep phase; advanced sleep phase syndrome
G47.25 | jet lag; jet lag disorder
G47.62 | nocturnal leg cramps; night leg cramps; leg cramps at night; sleep related leg cramps
G47.50 | parasomnia
G47.51 | confusional arousals
G47.53 | sleep paralysis; isolated sleep paralysis
Z72.821 | poor sleep hygiene; bad sleep habits; inadequate sleep hygiene
G47.33 | osa on cpap; sleep apnea on cpap; obstructive sleep apnea syndrome; osa on bipap
F32.0 | mild depression; mild major depression; mild mdd
F32.1 | moderate depression; moderate major depression; moderate mdd
F32.2 | severe depression; severe major depression; severe mdd
F32.3 | psychotic depression; depression with psychotic features; mdd with psychosis
F32.4 | depression in partial remission; mdd in partial remission
F32.5 | depression in remission; mdd in remission; major depression in remission
F33.4 | recurrent depression in remission; recurrent mdd in remission
F33.8 | seasonal affective disorder; seasonal depression; winter depression
F32.89 | atypical depression; depression with atypical features
F39 | mood disorder; affective disorder
F34.81 | dmdd; disruptive mood dysregulation disorder
F31.30 | bipolar depression; bipolar depressed; bipolar disorder depressed
F31.10 | bipolar mania; bipolar manic; bipolar disorder manic
F31.60 | bipolar mixed; bipolar mixed episode
F31.70 | bipolar in remission; bipolar disorder in remission
F31.9 | bipolar disorder unspecified; bipolar nos; bipolar affective
F99 | mental illness; mental disorder; psychiatric disorder; psychiatric illness; mental health condition
F40.9 | phobia; phobic anxiety
F40.240 | claustrophobia; fear of enclosed spaces
F40.241 | acrophobia; fear of heights
F40.243 | fear of flying; flying phobia; aviophobia
F40.231 | needle phobia; fear of needles; trypanophobia; fear of injections
F44.9 | conversion disorder; functional neurological disorder; fnd; functional neurological symptom disorder; dissociative disorder
F44.4 | functional weakness; psychogenic weakness; conversion disorder with weakness
F44.81 | dissociative identity disorder; multiple personality disorder; split personality
F48.1 | depersonalization; derealization; depersonalization disorder
F44.0 | dissociative amnesia; psychogenic amnesia
F45.22 | body dysmorphic disorder; bdd; body dysmorphia
F48.2 | pseudobulbar affect; pba; involuntary emotional expression disorder
F60.0 | paranoid personality disorder
F21 | schizotypal personality disorder; schizotypal
F60.5 | obsessive compulsive personality disorder; ocpd
F60.6 | avoidant personality disorder
F60.7 | dependent personality disorder
F60.81 | narcissistic personality disorder; npd; narcissistic personality
F60.9 | personality disorder; character disorder
F63.81 | intermittent explosive disorder; explosive anger
F68.10 | factitious disorder
F68.12 | munchausen syndrome; munchausen's syndrome
F68.A | munchausen by proxy; factitious disorder by proxy
F20.0 | paranoid schizophrenia
F20.1 | disorganized schizophrenia; hebephrenic schizophrenia
F20.2 | catatonic schizophrenia
F20.81 | schizophreniform disorder; schizophreniform
F06.30 | mood disorder due to medical condition; organic mood disorder
F06.4 | anxiety due to medical condition; organic anxiety disorder
F06.2 | psychosis due to medical condition; organic psychosis; organic delusional disorder
F07.0 | personality change due to medical condition; organic personality disorder; frontal lobe syndrome
F05 | delirium due to medical condition; delirium due to infection; delirium due to uti; metabolic delirium
F70 | mild intellectual disability; mild mental retardation
F71 | moderate intellectual disability; moderate mental retardation
F72 | severe intellectual disability; severe mental retardation
F73 | profound intellectual disability; profound mental retardation
F84.2 | rett syndrome; rett's syndrome
F84.9 | pervasive developmental disorder; pdd-nos
F90.0 | adhd inattentive type; inattentive adhd; adhd predominantly inattentive
F90.1 | adhd hyperactive type; hyperactive adhd; adhd predominantly hyperactive
F90.2 | adhd combined type; combined adhd
F91.9 | conduct disorder; conduct problems
F95.1 | chronic tic disorder; chronic motor tic disorder; chronic vocal tic disorder
F95.0 | transient tic disorder; provisional tic disorder
F10.92 | alcohol intoxication; etoh intoxication; drunk; acute alcohol intoxication
F10.10 | mild alcohol use disorder; alcohol use disorder mild
F10.20 | moderate alcohol use disorder; severe alcohol use disorder
F10.11 | alcohol abuse in remission; history of alcohol abuse
F10.27 | alcoholic dementia; alcohol related dementia; alcohol induced dementia
F11.20 | moderate opioid use disorder; severe opioid use disorder
F11.10 | mild opioid use disorder
F11.21 | opioid dependence in remission; oud in remission; history of opioid addiction; history of heroin addiction
F11.90 | opioid use; opiate use; heroin use
F12.21 | cannabis dependence in remission; history of marijuana addiction
F12.23 | cannabis withdrawal; marijuana withdrawal
F13.23 | benzodiazepine withdrawal; benzo withdrawal; sedative withdrawal
F13.21 | benzodiazepine dependence in remission
F14.21 | cocaine dependence in remission; history of cocaine addiction
F15.21 | methamphetamine dependence in remission; history of meth addiction
F19.21 | drug dependence in remission; history of drug addiction; recovering addict; history of polysubstance dependence
F19.11 | history of substance abuse; history of drug abuse; drug abuse in remission; history of polysubstance abuse
F16.10 | hallucinogen abuse; lsd abuse; psilocybin abuse
F16.90 | hallucinogen use; lsd use; mushroom use; psilocybin use
F18.10 | inhalant abuse; huffing; solvent abuse
F55.2 | laxative abuse
F55.3 | steroid abuse; anabolic steroid abuse
Z72.0 | occasional smoker; social smoker; light smoker
Z71.41 | alcohol counseling; alcohol abuse counseling
Z71.51 | drug abuse counseling; substance abuse counseling
Z13.39 | anxiety screening; gad-7; gad-7 screening
Z86.59 | history of depression; history of anxiety; history of mental illness; history of psychiatric disorder
Z86.51 | history of combat stress; history of combat stress reaction
Z62.819 | history of childhood abuse; history of childhood trauma
Z62.810 | history of childhood sexual abuse; history of childhood physical abuse
Z91.41 | history of adult abuse; history of physical abuse; history of abuse as adult
Z91.52 | history of self harm; history of cutting; history of nonsuicidal self harm
Z91.83 | wandering; wanders; elopement risk
Z51.81 | therapeutic drug monitoring; lithium level monitoring; drug level monitoring
Z81.3 | family history of drug abuse; family history of substance abuse
Z82.0 | family history of epilepsy; family history of seizures
Z86.61 | history of meningitis; history of encephalitis
Z86.69 | history of bell's palsy; history of guillain-barre; history of seizures
R45.6 | violent behavior; physical aggression; aggressive behavior; combative
R45.87 | impulsivity; impulsive behavior; impulsiveness
R45.84 | anhedonia
R45.3 | apathy; demoralization
R45.81 | low self-esteem; poor self esteem
R46.89 | behavior problems; behavioral problems; behavioral issues; behavioral disturbance
R41.83 | borderline intellectual functioning; borderline iq
R41.844 | executive dysfunction; executive function deficit; frontal lobe deficit
R41.841 | cognitive communication deficit
R48.2 | apraxia
R47.02 | dysphasia
R47.9 | speech disturbance; speech difficulty; speech problems
F03.911 | dementia with agitation; agitated dementia; dementia with aggression
F03.91 | dementia with behavioral disturbance; dementia with behaviors; dementia with behavioral problems
F03.92 | dementia with psychosis; dementia with hallucinations; dementia with delusions
F03.93 | dementia with depression; dementia with mood disturbance
F03.A | mild dementia
F03.B | moderate dementia
F03.C | severe dementia; advanced dementia
F02.80 | parkinson's disease dementia; dementia due to parkinson's; dementia in parkinson's disease
G31.01 | pick's disease; picks disease
G31.2 | alcoholic cerebellar degeneration; alcoholic cerebellar ataxia
G20.B | parkinson's with dyskinesia; parkinson's disease with dyskinesias
G20.A2 | parkinson's with fluctuations; parkinson's wearing off; motor fluctuations
G35.B | primary progressive ms; ppms; primary progressive multiple sclerosis
G35.C | secondary progressive ms; spms; secondary progressive multiple sclerosis
G21.0 | nms; neuroleptic malignant syndrome
G25.79 | serotonin syndrome; serotonin toxicity
G24.02 | acute dystonic reaction; acute dystonia; drug induced dystonia
G24.9 | dystonia
G24.4 | oromandibular dystonia; orofacial dystonia
G25.3 | myoclonus; myoclonic jerks
G25.5 | chorea
G25.82 | stiff person syndrome; stiff man syndrome
G25.2 | intention tremor
G25.1 | drug-induced tremor; lithium tremor; medication induced tremor
G51.3 | hemifacial spasm
G45.4 | transient global amnesia
G93.6 | cerebral edema; brain swelling; brain edema
G93.81 | mesial temporal sclerosis; hippocampal sclerosis; temporal sclerosis
G93.0 | arachnoid cyst; brain cyst; cerebral cyst
G92.9 | toxic encephalopathy
G04.90 | encephalitis
G03.9 | meningitis
G00.9 | bacterial meningitis
G06.0 | brain abscess; cerebral abscess
G40.91 | intractable epilepsy; refractory epilepsy; drug resistant epilepsy; medically refractory epilepsy
G40.4 | grand mal seizure; grand mal epilepsy; generalized tonic clonic seizure; tonic clonic seizures
G83.84 | todd's paralysis; todd paralysis; postictal paralysis
G60.8 | small fiber neuropathy; small fibre neuropathy
G58.7 | mononeuritis multiplex
G70.01 | myasthenic crisis; myasthenia gravis exacerbation
G70.80 | lambert-eaton syndrome; lambert eaton; lems
G71.11 | myotonic dystrophy; myotonic muscular dystrophy; steinert disease
G71.02 | facioscapulohumeral muscular dystrophy; fshd
G72.81 | critical illness myopathy; icu myopathy
G72.9 | myopathy
G12.9 | spinal muscular atrophy
G12.0 | werdnig-hoffmann disease; sma type 1
G12.23 | primary lateral sclerosis; pls
G11.11 | friedreich ataxia; friedreich's ataxia
G11.4 | hereditary spastic paraplegia
G11.9 | hereditary ataxia; inherited ataxia
G80.0 | spastic quadriplegic cerebral palsy; spastic quadriplegia cp
G80.1 | spastic diplegia; spastic diplegic cerebral palsy
G80.2 | hemiplegic cerebral palsy; spastic hemiplegic cp
G83.3 | monoplegia; monoparesis
G95.0 | syringomyelia; syrinx
G95.20 | spinal cord compression; cord compression
Q07.00 | chiari malformation; arnold-chiari malformation; arnold chiari
G93.5 | chiari i malformation; chiari 1; chiari type 1; brain compression
G96.00 | csf leak; cerebrospinal fluid leak; spinal fluid leak
`;
