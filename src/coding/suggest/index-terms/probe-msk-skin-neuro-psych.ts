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
`;
