/** Clinical terms, orthopedics, rheumatology, skin, neurology, psychiatry (probe gaps): what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const PROBE_MSK_SKIN_NEURO_PSYCH_TERMS = `
S52.53 | colles fracture of wrist; colles wrist fracture; colles fracture of radius
M51.369 | lumbar ddd; lumbar degenerative disc disease; lumbar disc degeneration; degenerative lumbar disc; lumbar disc disease; lumbar degenerative disc
M51.379 | lumbosacral ddd; lumbosacral degenerative disc disease; lumbosacral disc degeneration; degenerative disc l5-s1
L60.0 | ingrown toenail great toe; ingrown great toenail; ingrown big toenail; ingrown toe nail; ingrown nail of toe
G56.0 | carpal tunnel syndrome of wrist; carpal tunnel wrist; carpal tunnel of hand
M45.9 | ankylosing spondylitis; bechterew disease; marie-strumpell disease; rheumatoid spondylitis; ankylosing spondylitis of spine
C43.59 | melanoma of back; back melanoma; melanoma of trunk; melanoma of chest wall; melanoma of abdominal wall; melanoma of flank
C43.6 | melanoma of arm; melanoma of shoulder; melanoma of forearm; melanoma of hand; melanoma of upper extremity
C43.7 | melanoma of leg; melanoma of thigh; melanoma of foot; melanoma of calf; melanoma of lower extremity
C43.4 | melanoma of scalp; melanoma of neck; scalp melanoma
C43.39 | melanoma of cheek; melanoma of forehead; melanoma of temple; melanoma of chin
C43.31 | melanoma of nose; nasal melanoma
G70.00 | myasthenia gravis; myasthenia; ocular myasthenia gravis; generalized myasthenia gravis
F11.20 | methadone maintenance; suboxone maintenance; buprenorphine maintenance; opioid use disorder on suboxone; opioid use disorder on methadone; opioid dependence on suboxone; opioid dependence on methadone
Z86.73 | old cva; prior cva; previous stroke; previous cva; past stroke; remote history of stroke
Z47.1 | aftercare hip replacement; aftercare knee replacement; aftercare shoulder replacement; aftercare joint arthroplasty; aftercare hip arthroplasty; aftercare knee arthroplasty
S62.336 | boxer's fracture; boxers fracture; boxer fracture; fifth metacarpal neck fracture
S62.337 | boxer's fracture; boxers fracture; boxer fracture; fifth metacarpal neck fracture
S62.306 | fifth metacarpal fracture; fracture of fifth metacarpal; fractured fifth metacarpal
S62.307 | fifth metacarpal fracture; fracture of fifth metacarpal; fractured fifth metacarpal
M75.10 | rtc tear; rotator cuff tear; torn rotator cuff; rotator cuff rupture; rc tear
F19.90 | drug use; illicit drug use; recreational drug use; iv drug use; ivdu; injection drug use; intravenous drug use
F19.10 | ivda; iv drug abuse; intravenous drug abuse; injection drug abuse
F12.10 | mild cannabis use disorder; cannabis use disorder mild; mild marijuana use disorder
F12.20 | moderate cannabis use disorder; severe cannabis use disorder; moderate marijuana use disorder; severe marijuana use disorder
F14.10 | mild cocaine use disorder; cocaine use disorder mild
F14.20 | moderate cocaine use disorder; severe cocaine use disorder
F15.10 | mild stimulant use disorder; mild methamphetamine use disorder; mild amphetamine use disorder
F15.20 | moderate stimulant use disorder; severe stimulant use disorder; moderate methamphetamine use disorder; severe methamphetamine use disorder; amphetamine type substance use disorder
F13.10 | mild sedative use disorder; mild benzodiazepine use disorder
F13.20 | moderate sedative use disorder; severe sedative use disorder; moderate benzodiazepine use disorder; severe benzodiazepine use disorder
S62.10 | broke wrist; cracked wrist bone
S62.9 | broke hand
S62.6 | broke finger
S52.9 | broke forearm
S42.00 | broke collarbone; broke clavicle
S72.00 | broke hip
S82.89 | broke ankle; cracked ankle bone
S82.90 | broke leg
S92.90 | broke foot
S92.91 | broke toe
S22.3 | broke rib
S02.2 | broke nose
S32.2 | broke tailbone
R26.81 | gait instability; instability of gait; unstable gait; unsteady walking
M79.2 | neuropathic pain; nerve related pain; burning nerve pain
M50.2 | slipped disc in neck; herniated disc in neck; bulging disc in neck; neck disc herniation; cervical slipped disc; cervical disc displacement; cervical herniated nucleus pulposus
M19.04 | arthritis of hand; hand arthritis; arthritic hand; arthritis in hands
L70.0 | blackheads; whiteheads; comedones; comedonal acne; acne with blackheads
I61.9 | brain bleed; bleeding in brain; brain hemorrhage; cerebral hemorrhage; ich; nontraumatic intracerebral hemorrhage
I62.9 | intracranial bleed; intracranial hemorrhage; nontraumatic intracranial hemorrhage
F10.20 | alcoholic; chronic alcoholic; alcohol dependent; etoh dependent
F12.90 | smokes pot; pot smoker; pot use; smokes weed; weed smoker; vapes thc; thc vaping; vaping thc; marijuana vaping; cannabis vaping; recreational marijuana use
M51.2 | herniated nucleus pulposus; hnp; nucleus pulposus herniation
F10.21 | sober from alcohol; alcohol sobriety; in recovery from alcohol; abstinent from alcohol
`;
