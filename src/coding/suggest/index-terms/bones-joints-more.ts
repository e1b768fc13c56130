/** Clinical terms, musculoskeletal, spine, rheumatology and foot (second wave: more conditions and more ways to say them): what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const BONES_JOINTS_MORE_TERMS = `
M54.50 | low back ache; lower back hurts; back pain lower; lumbosacral pain; lumbar spine pain; mechanical low back pain; nonspecific low back pain; lumbar backache
M54.51 | vertebrogenic low back pain; vertebrogenic pain; vertebral endplate pain; modic changes pain
M54.59 | other low back pain; low back pain other specified
M54.2 | neck ache; neck hurts; cervical spine pain; c-spine pain; posterior neck pain
M54.6 | thoracic spine ache; pain between shoulder blades; interscapular pain; t-spine pain
M54.9 | back hurts; back problems; bad back; back trouble; spinal pain
M54.81 | occipital neuralgia; arnold neuralgia; greater occipital neuralgia
M54.3 | sciatic nerve irritation; sciatica pain; pain down leg from back
M51.27 | lumbosacral disc herniation; l5-s1 disc herniation; herniated disc l5-s1; lumbosacral disc protrusion; lumbosacral hnp
M51.17 | lumbosacral disc herniation with radiculopathy; l5-s1 herniation with radiculopathy; lumbosacral disc disorder with radiculopathy
M51.360 | discogenic back pain; discogenic low back pain; lumbar ddd with discogenic pain; discogenic pain
M51.37 | lumbosacral ddd; lumbosacral degenerative disc disease; l5-s1 degenerative disc; lumbosacral disc degeneration
M51.9 | disc disease; disc problem; bad disc; disc disorder; spinal disc problem
M51.A | annular tear; annular fissure; disc annular tear; annulus fibrosus tear
M47.26 | lumbar spondylosis with radiculopathy; lumbar facet arthropathy with radiculopathy; lumbar djd with radiculopathy
M47.22 | cervical spondylosis with radiculopathy; cervical djd with radiculopathy
M47.16 | lumbar spondylosis with myelopathy; lumbar myelopathy due to spondylosis
M48.062 | neurogenic claudication; pseudoclaudication; spinal claudication; lumbar stenosis with neurogenic claudication
M48.061 | lumbar stenosis without neurogenic claudication; lumbar canal narrowing
M48.04 | thoracic spinal stenosis; thoracic stenosis
M43.16 | lumbar spondylolisthesis; l4-l5 spondylolisthesis; lumbar anterolisthesis; lumbar listhesis
M43.17 | lumbosacral spondylolisthesis; l5-s1 spondylolisthesis; lumbosacral anterolisthesis
M43.06 | lumbar spondylolysis; lumbar pars defect; l5 pars defect
M41.9 | levoscoliosis; dextroscoliosis; scoliotic curve; spine curvature
M41.4 | neuromuscular scoliosis; paralytic scoliosis
M41.5 | degenerative scoliosis; adult degenerative scoliosis; de novo scoliosis
M42.00 | scheuermann disease; scheuermann's disease; scheuermann kyphosis; juvenile kyphosis
M40.50 | lordosis; swayback; sway back; hyperlordosis; excessive lordosis
M40.0 | postural kyphosis; slouching posture kyphosis; poor posture kyphosis
M53.2 | spinal instability; segmental instability; unstable spine
M53.1 | cervicobrachial syndrome; cervicobrachial pain
M53.0 | cervicocranial syndrome; posterior cervical sympathetic syndrome
M46.40 | discitis; diskitis; disc space infection; disc infection
M46.20 | vertebral osteomyelitis; spinal osteomyelitis
M99.01 | cervical somatic dysfunction; cervical segmental dysfunction; neck somatic dysfunction
M99.02 | thoracic somatic dysfunction; thoracic segmental dysfunction
M99.03 | lumbar somatic dysfunction; lumbar segmental dysfunction
M99.04 | sacral somatic dysfunction; sacral segmental dysfunction
M99.05 | pelvic somatic dysfunction; pelvic segmental dysfunction; innominate dysfunction
M99.1 | vertebral subluxation; chiropractic subluxation; subluxation complex
Z98.890 | status post laminectomy; history of laminectomy; status post discectomy; history of discectomy; history of back surgery; status post microdiscectomy
Z47.2 | hardware removal; removal of hardware; removal of internal fixation; removal of plate and screws
Z47.89 | orthopedic aftercare; post-op orthopedic follow-up; aftercare following orthopedic surgery; ortho post-op visit
Z96.60 | joint replacement status; history of joint replacement; prosthetic joint; artificial joint
Z96.66 | status post ankle replacement; total ankle arthroplasty status; ankle replacement
Z96.62 | status post elbow replacement; elbow arthroplasty status; elbow replacement
Z96.65 | knee replaced; artificial knee; knee prosthesis; total knee arthroplasty status
Z96.64 | hip replaced; artificial hip; hip prosthesis; total hip arthroplasty status
Z87.81 | history of fracture; history of broken bone; old fracture; healed fracture; history of traumatic fracture
Z87.310 | history of osteoporotic fracture; history of fragility fracture; history of vertebral compression fracture
Z87.312 | history of stress fracture; healed stress fracture
Z79.83 | on bisphosphonate; long-term bisphosphonate use; on alendronate; on fosamax; bisphosphonate therapy
Z97.1 | artificial limb; prosthetic leg; prosthetic arm; wears prosthesis; limb prosthesis
Z89.9 | amputee; amputation status; history of amputation; limb amputation
Z89.51 | bka; below knee amputation; below-knee amputee; status post bka; below knee amputee
Z89.61 | above knee amputation; above-knee amputee; status post above knee amputation; transfemoral amputation
Z89.42 | toe amputation; status post toe amputation; amputated toe; missing toe
Z89.02 | finger amputation; amputated finger; missing finger; status post finger amputation
M10.9 | gouty arthritis; gout attack; gout flare; acute gout; gouty joint
M10.07 | podagra; gout of big toe; gouty toe; gout in toe; gout of foot
M10.06 | gout of knee; knee gout; gouty knee
M10.2 | drug-induced gout; diuretic-induced gout; diuretic gout
M1A.9 | chronic gout; chronic gouty arthritis
E79.0 | high uric acid; elevated uric acid; hyperuricaemia; asymptomatic hyperuricemia
M25.36 | knee instability; knee giving way; knee buckling; unstable knee; knee gives out
M25.37 | ankle instability; chronic ankle instability; ankle giving way; unstable ankle
M25.31 | shoulder instability; unstable shoulder; shoulder laxity
M24.41 | recurrent shoulder dislocation; habitual shoulder dislocation; recurrent shoulder subluxation
M22.0 | recurrent patellar dislocation; recurrent dislocation of patella
M22.1 | patellar instability; recurrent patellar subluxation
M23.61 | old acl tear; chronic acl tear; acl deficient knee; acl deficiency; chronic acl insufficiency
M23.9 | internal derangement of knee; knee derangement; ikd
M25.06 | knee hemarthrosis; blood in knee; bloody knee effusion
M25.0 | hemarthrosis; bleeding into joint; blood in joint
M93.26 | osteochondritis dissecans of knee; knee osteochondritis dissecans
M93.2 | osteochondritis dissecans; osteochondral lesion; osteochondral defect
M94.26 | chondromalacia of knee; knee cartilage softening
M94.2 | chondromalacia; cartilage softening
M25.85 | femoroacetabular impingement; fai; hip impingement; cam impingement; pincer impingement
M25.66 | knee stiffness; stiff knee; stiffness of knee
M25.61 | shoulder stiffness; stiff shoulder
M25.56 | knee hurts; sore knees; bad knees; achy knees; painful knee; knee ache
M25.51 | shoulder hurts; shoulder ache; painful shoulder
M25.55 | hip hurts; hip ache; painful hip
M25.57 | ankle hurts; sore ankle; painful ankle
M79.67 | foot hurts; feet hurt; sore feet; painful feet; painful foot
M79.64 | hand hurts; sore hands; painful hand
M75.11 | partial rotator cuff tear; partial thickness rotator cuff tear; incomplete rotator cuff tear; partial cuff tear
M75.12 | full thickness rotator cuff tear; complete rotator cuff tear; massive rotator cuff tear; full thickness cuff tear
M71.1 | septic bursitis; infected bursa; infective bursitis
M71.12 | septic olecranon bursitis; infected elbow bursa; septic elbow bursitis
M72.6 | necrotizing fasciitis; nec fasc; flesh eating bacteria; flesh-eating infection
M72.2 | plantar fibroma; plantar fibromatosis; ledderhose disease; plantar fascia pain; plantar fascitis; plantar fasciitis flare; plantar fasciosis
M60.0 | pyomyositis; infective myositis; muscle abscess
M62.08 | diastasis recti; rectus diastasis; abdominal muscle separation; separated abdominal muscles
M62.50 | muscle wasting; muscle atrophy; amyotrophy; muscle loss
M62.84 | sarcopenia; age-related muscle loss; age related muscle loss
M79.A2 | chronic exertional compartment syndrome; cecs; exertional compartment syndrome of leg
M79.5 | retained foreign body in soft tissue; old foreign body
M79.81 | nontraumatic hematoma of soft tissue; spontaneous hematoma soft tissue
M85.60 | bone cyst; cyst of bone
M85.40 | unicameral bone cyst; simple bone cyst; solitary bone cyst
M85.50 | aneurysmal bone cyst; abc bone cyst
M85.00 | fibrous dysplasia; monostotic fibrous dysplasia
M84.5 | pathologic fracture due to metastasis; fracture due to bone metastasis; pathological fracture in neoplastic disease; pathologic fracture due to cancer
M84.37 | metatarsal stress fracture; stress fracture of foot; calcaneal stress fracture; march fracture of foot
M84.36 | tibial stress fracture; stress fracture of tibia; fibular stress fracture; stress fracture of fibula
M84.35 | femoral neck stress fracture; stress fracture of femur; pelvic stress fracture
M81.8 | steroid-induced osteoporosis; glucocorticoid-induced osteoporosis; drug-induced osteoporosis; secondary osteoporosis
M81.0 | osteoporotic; porous bones; bone thinning; age related bone loss; postmenopausal bone loss
M85.80 | osteopenic; low bone mineral density; low bmd
M87.180 | mronj; bronj; medication-related osteonecrosis of jaw; bisphosphonate osteonecrosis of jaw; osteonecrosis of jaw due to bisphosphonate
M86.6 | chronic osteomyelitis; chronic bone infection
M86.1 | acute osteomyelitis; acute bone infection
M93.1 | kienbock disease; kienbock's disease; lunate avascular necrosis; lunatomalacia
M92.7 | freiberg disease; freiberg's disease; freiberg infraction; metatarsal head osteochondrosis
M92.4 | sinding-larsen-johansson disease; sinding larsen johansson syndrome; patellar osteochondrosis
M93.0 | slipped upper femoral epiphysis; slipped epiphysis of hip; slipped femoral epiphysis
M21.37 | foot drop; drop foot; footdrop; dropfoot
M21.33 | wrist drop; wristdrop; dropped wrist
M21.61 | bunion deformity; bunion of foot; bunion pain
M20.1 | hallux valgus deformity; big toe bunion; hallux abductovalgus
M20.01 | mallet finger; baseball finger; drop finger
M20.02 | boutonniere deformity; boutonniere finger
M20.03 | swan neck deformity; swan-neck finger
M20.3 | hallux varus; acquired hallux varus
M20.6 | toe deformity; acquired toe deformity; deformed toe
M19.07 | big toe arthritis; first mtp arthritis; arthritis of big toe joint; midfoot arthritis; foot oa
Q66.7 | pes cavus; high arched foot; high arches; cavus foot
M14.67 | charcot arthropathy of foot; neuropathic arthropathy of foot; charcot ankle; midfoot charcot
E11.610 | diabetic charcot foot; diabetic neuropathic arthropathy; charcot foot due to diabetes; diabetic charcot joint
M21.4 | pes planovalgus; collapsed arch; dropped arches; adult acquired flatfoot
M77.5 | midfoot enthesopathy; foot enthesopathy; capsulitis of toe; mtp capsulitis
M77.4 | metatarsal pain; forefoot pain syndrome; painful ball of foot
M76.6 | insertional achilles tendinitis; insertional achilles tendinopathy; achilles tendinitis flare
M79.66 | aching calves; sore calves
M19.03 | wrist oa; wrist osteoarthritis; wrist arthritis; radiocarpal arthritis
M19.02 | elbow oa; elbow osteoarthritis; elbow arthritis
M19.1 | post-traumatic arthritis; posttraumatic arthritis; post-traumatic osteoarthritis; posttraumatic osteoarthritis
M17.3 | post-traumatic knee arthritis; post-traumatic osteoarthritis of knee; posttraumatic knee arthritis
M16.5 | post-traumatic hip arthritis; post-traumatic osteoarthritis of hip; posttraumatic hip arthritis
M12.9 | arthropathy; joint disease; joint disorder
M06.9 | ra in remission; ra controlled; rheumatoid disease; ra flare; rheumatoid arthritis flare
M06.1 | adult-onset still's disease; adult onset stills disease; aosd; adult still's disease
M06.30 | rheumatoid nodule; rheumatoid nodules
M05.10 | rheumatoid lung; rheumatoid lung disease; ra-ild; rheumatoid arthritis interstitial lung disease; ra associated ild
M05.00 | felty syndrome; felty's syndrome
M05.20 | rheumatoid vasculitis
M07.60 | enteropathic arthritis; ibd arthritis; ibd associated arthritis; enteropathic arthropathy
A69.23 | lyme arthritis; arthritis due to lyme disease
A54.42 | gonococcal arthritis; disseminated gonococcal arthritis
M04.1 | familial mediterranean fever; fmf; periodic fever syndrome
M30.0 | polyarteritis nodosa; periarteritis nodosa
M31.30 | wegener granulomatosis; wegener's granulomatosis; granulomatosis with polyangiitis; gpa
M31.7 | microscopic polyangiitis; microscopic polyarteritis
M30.1 | churg-strauss syndrome; churg strauss; egpa; eosinophilic granulomatosis with polyangiitis
M31.4 | takayasu arteritis; takayasu's arteritis; takayasu disease; pulseless disease
I77.6 | vasculitis; arteritis; angiitis
M30.3 | kawasaki disease; kawasaki syndrome; mucocutaneous lymph node syndrome
M35.4 | eosinophilic fasciitis; shulman syndrome
M35.3 | pmr flare; polymyalgia rheumatica flare
M32.9 | sle flare; lupus flare; systemic lupus flare
M35.00 | dry eyes and dry mouth syndrome; sicca complex; sjogren disease
R70.0 | high sed rate; elevated sed rate; raised esr
R79.82 | high crp; raised crp; elevated c reactive protein
R74.8 | elevated ck; high cpk; elevated cpk; elevated creatine kinase; high creatine kinase
G72.0 | statin myopathy; statin-induced myopathy; drug-induced myopathy; steroid myopathy
Q87.40 | marfan syndrome; marfan's syndrome; marfans
Q78.0 | osteogenesis imperfecta; brittle bone disease
Q77.4 | achondroplasia; achondroplastic dwarfism
Q65.89 | hip dysplasia; ddh; developmental dysplasia of hip; acetabular dysplasia; congenital hip dysplasia
Q66.0 | clubfoot; club foot; talipes equinovarus; ctev
M62.89 | muscle tightness; tight hamstrings; tight muscles
M62.40 | muscle contracture; contracture of muscle; shortened muscle
M79.3 | panniculitis; inflammation of subcutaneous fat
M79.4 | fat pad hypertrophy; hoffa fat pad syndrome; hoffa's disease; infrapatellar fat pad impingement
M54.14 | thoracic radiculopathy; thoracic radicular pain; intercostal radiculopathy
M54.15 | thoracolumbar radiculopathy; thoracolumbar radicular pain
M48.07 | lumbosacral stenosis; lumbosacral spinal stenosis; l5-s1 stenosis
M11.2 | cppd flare; pseudogout attack; pseudogout flare; cppd arthritis
M34.81 | scleroderma lung; ssc-ild; scleroderma interstitial lung disease; systemic sclerosis lung disease
M79.7 | fibro; fibromyalgia syndrome; chronic widespread pain; widespread pain syndrome
M25.50 | aching joints; sore joints; joints hurt; painful joints; joint aches and pains
M62.830 | back spasms; tight back muscles; low back spasm
M17 | bone on bone knee; worn out knee; knee wear and tear; knee oa flare; arthritic knee
M16 | bone on bone hip; worn out hip; hip wear and tear; arthritic hip
M19.90 | arthritic; arthritis pain; arthritic joints; wear and tear joints; osteoarthritic; oa flare; arthritis flare; osteoarthritis flare
M76.1 | psoas tendinitis; iliopsoas tendinitis; psoas tendinopathy; iliopsoas tendinopathy
M67.5 | plica syndrome; medial plica syndrome; synovial plica; knee plica
M23.0 | meniscal cyst; parameniscal cyst; cyst of meniscus
Q68.6 | discoid meniscus; discoid lateral meniscus
M67.43 | dorsal wrist ganglion; volar wrist ganglion; ganglion cyst of wrist
M67.44 | ganglion cyst of finger; finger ganglion; retinacular cyst
G56.3 | radial tunnel syndrome; radial nerve palsy; saturday night palsy; radial neuropathy
G56.0 | median nerve compression at wrist; median neuropathy at wrist; carpal tunnel numbness
M20.4 | hammer toe deformity; contracted toe; hammertoe deformity
M79.18 | trigger points; myofascial trigger points; knots in muscles; myofascial syndrome
M54.12 | pinched nerve neck; cervical nerve root compression; arm radiculopathy from neck
M54.16 | pinched nerve lower back; lumbar nerve root compression; leg radiculopathy from back
M41.26 | idiopathic lumbar scoliosis; lumbar scoliosis idiopathic
M70.5 | knee bursitis; bursitis of knee; infrapatellar bursitis
M70.3 | elbow bursitis; bursitis of elbow
M99.00 | cranial somatic dysfunction; head somatic dysfunction; cranial segmental dysfunction
M99.06 | lower extremity somatic dysfunction; lower extremity segmental dysfunction
M99.07 | upper extremity somatic dysfunction; upper extremity segmental dysfunction
M99.08 | rib somatic dysfunction; rib cage somatic dysfunction; rib dysfunction
M45 | bamboo spine; ankylosing spondylitis flare
M89.8X9 | bone pain; ostealgia; aching bones
M89.9 | bone lesion; bone disorder; lesion of bone
`;
