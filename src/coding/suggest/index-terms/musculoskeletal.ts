/** Clinical terms, musculoskeletal: what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const MUSCULOSKELETAL_TERMS = `
M54.50 | low back pain; lbp; lumbago; chronic low back pain; chronic lbp; lower back pain; lumbar pain; low backache; lumbar back pain; lumbalgia
M54.9 | back pain; backache; sore back; dorsalgia; back ache
M54.2 | neck pain; cervicalgia; sore neck; cervical pain
M54.6 | thoracic back pain; mid back pain; middle back pain; upper back pain; thoracic spine pain
M54.4 | lumbago with sciatica; low back pain with sciatica; lbp with sciatica; back pain with sciatica
M54.3 | sciatica; sciatic nerve pain; sciatic pain; sciatic neuralgia
M54.10 | radiculopathy; radicular pain; radiculitis; nerve root pain
M54.12 | cervical radiculopathy; pinched nerve in neck; cervical radicular pain; cervical radiculitis
M54.16 | lumbar radiculopathy; lumbar radicular pain; pinched nerve in lower back; lumbar radiculitis
M54.17 | lumbosacral radiculopathy; lumbosacral radiculitis; l5-s1 radiculopathy
M51.26 | lumbar disc herniation; herniated lumbar disc; lumbar hnp; bulging lumbar disc; lumbar disc bulge; slipped disc; herniated disc; lumbar disc protrusion
M51.16 | lumbar disc herniation with radiculopathy; herniated lumbar disc with radiculopathy; lumbar disc disorder with radiculopathy
M50.2 | cervical disc herniation; herniated cervical disc; cervical hnp; bulging cervical disc; cervical disc bulge; cervical disc protrusion
M50.1 | cervical disc herniation with radiculopathy; herniated cervical disc with radiculopathy; cervical disc disorder with radiculopathy
M51.36 | lumbar ddd; lumbar degenerative disc disease; degenerative disc disease of lumbar spine; lumbar disc degeneration; ddd lumbar; degenerative lumbar disc
M50.3 | cervical ddd; cervical degenerative disc disease; degenerative disc disease of cervical spine; cervical disc degeneration; ddd cervical
M51.34 | thoracic ddd; thoracic degenerative disc disease; thoracic disc degeneration
M48.06 | lumbar spinal stenosis; lumbar stenosis; lss; lumbar canal stenosis; narrowing of lumbar spinal canal
M48.02 | cervical spinal stenosis; cervical stenosis; cervical canal stenosis
M48.00 | spinal stenosis; stenosis of spine; spinal canal stenosis
M47.816 | lumbar spondylosis; lumbar facet arthropathy; lumbar facet arthritis; lumbar djd; lumbar osteoarthritis; arthritis of lower back; facet syndrome; lumbar facet syndrome
M47.817 | lumbosacral spondylosis; lumbosacral facet arthropathy; lumbosacral djd
M47.812 | cervical spondylosis; cervical facet arthropathy; cervical djd; cervical osteoarthritis; neck arthritis; arthritis of neck
M47.814 | thoracic spondylosis; thoracic djd; thoracic facet arthropathy
M47.12 | cervical spondylotic myelopathy; csm; cervical myelopathy due to spondylosis
M43.1 | spondylolisthesis; anterolisthesis; retrolisthesis; listhesis; slipped vertebra; degenerative spondylolisthesis
M43.0 | spondylolysis; pars defect; pars interarticularis defect
M41.9 | scoliosis; curvature of spine; curved spine; spinal curvature
M41.12 | adolescent idiopathic scoliosis; ais
M40.20 | kyphosis; hunchback; roundback; dowager's hump
M45 | ankylosing spondylitis; bechterew disease; bechterew's disease; marie-strumpell disease; rheumatoid spondylitis
M46.1 | sacroiliitis; si joint inflammation; sacroiliac joint inflammation
M53.3 | coccydynia; coccygodynia; tailbone pain; coccyx pain; si joint dysfunction; sacroiliac joint dysfunction; sacroiliac joint pain; si joint pain
M43.6 | torticollis; wry neck; stiff neck; crick in neck
M96.1 | failed back syndrome; failed back surgery syndrome; fbss; post laminectomy syndrome; postlaminectomy pain syndrome
Z98.1 | status post spinal fusion; history of spinal fusion; history of lumbar fusion; status post lumbar fusion; history of cervical fusion; arthrodesis status; status post acdf
M62.830 | back spasm; back muscle spasm; muscle spasm of back; paraspinal spasm; lumbar spasm
M62.838 | muscle spasm; muscle spasms; neck spasm; trapezius spasm
M79.10 | muscle pain; muscle aches; myalgia; body aches; sore muscles
M79.18 | myofascial pain syndrome; myofascial pain; trigger point pain
M79.7 | fibromyalgia; fibrositis; fms; fibromyositis
M62.82 | rhabdomyolysis; rhabdo
R25.2 | muscle cramps; leg cramps; charley horse; cramps in legs; nocturnal leg cramps
M60.9 | myositis; muscle inflammation
M79.60 | limb pain; leg pain; arm pain; extremity pain; pain in leg; pain in arm
M79.67 | foot pain; pain in foot; toe pain; sore foot; heel pain; arch pain
M79.64 | hand pain; pain in hand; finger pain; pain in finger
M79.66 | lower leg pain; shin pain; calf pain
M79.65 | thigh pain; pain in thigh
M79.62 | upper arm pain; pain in upper arm
M79.63 | forearm pain; pain in forearm
M25.50 | joint pain; arthralgia; polyarthralgia; joint aches; achy joints; multiple joint pain
M25.56 | knee pain; sore knee; knee arthralgia; patellar pain
M25.51 | shoulder pain; sore shoulder; shoulder arthralgia
M25.55 | hip pain; hip arthralgia; sore hip
M25.52 | elbow pain; elbow arthralgia
M25.53 | wrist pain; wrist arthralgia
M25.57 | ankle pain; ankle arthralgia; pain in ankle joint; midfoot joint pain
M25.54 | finger joint pain; knuckle pain; hand joint pain
M25.46 | water on the knee; knee effusion; fluid on the knee; effusion of knee joint; swollen knee
M25.6 | joint stiffness; stiff joints; stiff joint
M19.90 | osteoarthritis; oa; djd; degenerative joint disease; degenerative arthritis; arthritis; wear and tear arthritis; osteoarthrosis
M15.9 | generalized osteoarthritis; polyosteoarthritis; generalized oa; multiple joint osteoarthritis; osteoarthritis of multiple joints
M15.1 | heberden nodes; heberden's nodes; heberden's nodes with arthropathy
M15.2 | bouchard nodes; bouchard's nodes
M17 | knee oa; knee osteoarthritis; osteoarthritis of knee; djd knee; djd of knee; degenerative joint disease of knee; knee arthritis; arthritis of knee; tricompartmental osteoarthritis; medial compartment osteoarthritis
M16 | hip oa; hip osteoarthritis; osteoarthritis of hip; djd hip; djd of hip; degenerative joint disease of hip; hip arthritis; arthritis of hip
M19.01 | shoulder oa; shoulder osteoarthritis; osteoarthritis of shoulder; glenohumeral arthritis; shoulder arthritis; ac joint arthritis
M19.04 | hand oa; hand osteoarthritis; osteoarthritis of hand; finger arthritis; arthritis of fingers
M18 | thumb arthritis; cmc arthritis; basal joint arthritis; first cmc osteoarthritis; thumb cmc arthritis; carpometacarpal arthritis
M19.07 | ankle oa; ankle osteoarthritis; ankle arthritis; osteoarthritis of ankle; foot arthritis
M06.9 | ra; rheumatoid arthritis; rheumatoid; inflammatory arthritis rheumatoid
M05.9 | seropositive ra; seropositive rheumatoid arthritis; rf positive rheumatoid arthritis; rheumatoid factor positive ra
M06.0 | seronegative ra; seronegative rheumatoid arthritis; rf negative rheumatoid arthritis
M08.0 | jra; juvenile rheumatoid arthritis; jia; juvenile idiopathic arthritis; juvenile arthritis
L40.50 | psoriatic arthritis; psoriatic arthropathy; arthropathic psoriasis
M02.3 | reactive arthritis; reiter syndrome; reiter's syndrome; reiter's disease
M00.9 | septic arthritis; septic joint; infectious arthritis; bacterial arthritis; infected joint
M11.2 | pseudogout; cppd; calcium pyrophosphate deposition disease; chondrocalcinosis
M32.9 | sle; lupus; systemic lupus; systemic lupus erythematosus
M32.10 | sle with organ involvement; lupus with organ involvement
M32.14 | lupus nephritis; sle nephritis
M32.0 | drug-induced lupus; drug induced lupus
M35.00 | sjogren syndrome; sjogren's syndrome; sjogrens; sjogren's; sicca syndrome
M35.3 | pmr; polymyalgia rheumatica; polymyalgia
M31.6 | giant cell arteritis; gca; temporal arteritis; cranial arteritis
M34.9 | scleroderma; systemic sclerosis; ssc; progressive systemic sclerosis
M34.1 | crest syndrome; limited scleroderma; limited cutaneous systemic sclerosis
M33.90 | dermatopolymyositis; dermatomyositis
M33.20 | polymyositis
M35.1 | mctd; mixed connective tissue disease
M35.9 | uctd; undifferentiated connective tissue disease; connective tissue disease; collagen vascular disease
M35.2 | behcet disease; behcet's disease; behcet's syndrome
M35.7 | hypermobility syndrome; joint hypermobility; benign joint hypermobility syndrome; double jointed
M81.0 | osteoporosis; postmenopausal osteoporosis; senile osteoporosis; age-related osteoporosis; thin bones
M80.0 | osteoporotic fracture; fragility fracture; osteoporosis with fracture; osteoporosis with pathological fracture
M80.08 | osteoporotic compression fracture; osteoporotic vertebral fracture; vertebral fragility fracture; osteoporotic vertebral compression fracture
M85.80 | osteopenia; low bone density; low bone mass; decreased bone density
M84.4 | pathologic fracture; pathological fracture; insufficiency fracture
M84.3 | stress fracture; march fracture; fatigue fracture
M48.5 | collapsed vertebra; vertebral collapse; nontraumatic compression fracture; non-traumatic vertebral compression fracture
M83.9 | osteomalacia; adult rickets; soft bones
M88.9 | paget disease of bone; paget's disease of bone; osteitis deformans; paget's of bone
M86.9 | osteomyelitis; bone infection; osteitis
M87.9 | avascular necrosis; avn; osteonecrosis; aseptic necrosis; bone infarct
M87.05 | avn of hip; avascular necrosis of femoral head; avn of femoral head; avascular necrosis of hip; osteonecrosis of femoral head
M75.1 | rotator cuff tear; rotator cuff syndrome; rotator cuff disorder; rotator cuff rupture; torn rotator cuff
M75.4 | shoulder impingement; impingement syndrome; subacromial impingement; swimmer's shoulder
M75.0 | frozen shoulder; adhesive capsulitis; periarthritis of shoulder
M75.2 | biceps tendinitis; bicipital tendinitis; biceps tendonitis; bicipital tendonitis
M75.3 | calcific tendinitis of shoulder; calcific tendonitis of shoulder; calcific shoulder tendinitis
M75.5 | subacromial bursitis; shoulder bursitis; subdeltoid bursitis
M77.1 | tennis elbow; lateral epicondylitis; lateral epicondylalgia
M77.0 | golfer's elbow; medial epicondylitis; golfers elbow
M70.2 | olecranon bursitis; student's elbow; miner's elbow
M70.6 | trochanteric bursitis; greater trochanteric pain syndrome; gtps
M70.7 | ischial bursitis; iliopsoas bursitis; hip bursitis; ischiogluteal bursitis
M70.4 | prepatellar bursitis; housemaid's knee; housemaids knee
M70.5 | pes anserine bursitis; pes anserinus bursitis; anserine bursitis
M71.2 | baker cyst; baker's cyst; popliteal cyst; bakers cyst
M67.4 | ganglion cyst; ganglion; wrist ganglion; bible cyst
M65.3 | trigger finger; stenosing tenosynovitis; stenosing tenosynovitis of finger; locked finger
M65.31 | trigger thumb; stenosing tenosynovitis of thumb
M65.4 | de quervain tenosynovitis; de quervain's tenosynovitis; de quervain's; de quervain disease; dequervain's; radial styloid tenosynovitis
M76.6 | achilles tendinitis; achilles tendonitis; achilles tendinopathy; achilles tendinosis
M76.5 | patellar tendinitis; patellar tendonitis; jumper's knee; patellar tendinopathy
M76.3 | iliotibial band syndrome; it band syndrome; itbs; it band friction syndrome
M72.2 | plantar fasciitis; plantar fasciopathy; policeman's heel
M77.3 | heel spur; calcaneal spur; bone spur of heel
M72.0 | dupuytren contracture; dupuytren's contracture; dupuytren's disease; dupuytrens
M77.9 | tendinitis; tendonitis; tendinopathy; enthesopathy
M65.9 | tenosynovitis; synovitis
M71.9 | bursitis
M22.2 | patellofemoral pain syndrome; pfps; patellofemoral syndrome; runner's knee; anterior knee pain syndrome
M22.4 | chondromalacia patellae; chondromalacia patella; chondromalacia of patella
M23.2 | degenerative meniscal tear; degenerative meniscus tear; old meniscus tear; chronic meniscal tear; old meniscal tear
M94.0 | costochondritis; tietze syndrome; tietze's syndrome; chondrocostal junction syndrome
M20.1 | bunion; bunions; hallux valgus; hallux abducto valgus
M20.2 | hallux rigidus; stiff big toe
M20.4 | hammer toe; hammertoe; hammer toes; hammertoes
M20.5 | claw toe; claw toes; mallet toe; curly toe
M21.4 | flat feet; flat foot; flatfoot; pes planus; fallen arches; acquired flatfoot
G57.6 | morton neuroma; morton's neuroma; interdigital neuroma; plantar neuroma; intermetatarsal neuroma
M77.4 | metatarsalgia; ball of foot pain; forefoot pain
G56.0 | carpal tunnel syndrome; cts; carpal tunnel
M92.52 | osgood-schlatter disease; osgood schlatter disease; osgood-schlatter; osgood schlatter
M92.6 | sever's disease; sever disease; calcaneal apophysitis
M91.1 | legg-calve-perthes disease; perthes disease; legg calve perthes; lcpd
M14.6 | charcot joint; charcot's joint; neuropathic arthropathy; neuropathic joint
M21.7 | leg length discrepancy; limb length discrepancy; unequal leg length; lld
Z96.65 | status post total knee replacement; status post tka; history of tka; history of total knee replacement; knee replacement; tka; tkr; status post knee arthroplasty
Z96.64 | status post total hip replacement; status post tha; history of tha; history of total hip replacement; hip replacement; tha; thr; status post hip arthroplasty
Z96.61 | status post shoulder replacement; history of shoulder replacement; shoulder arthroplasty status; status post total shoulder arthroplasty
Z47.1 | aftercare following joint replacement; post-op joint replacement aftercare; aftercare after joint replacement surgery
M25.4 | joint swelling; swollen joint; joint effusion; fluid in joint
M25.7 | bone spur; bone spurs; osteophyte; osteophytes
M24.5 | joint contracture; contracture; fixed flexion deformity
M23.4 | loose body in knee; joint mouse; loose body knee
M13.0 | polyarthritis; inflammatory polyarthritis; arthritis of multiple joints
M13.1 | monoarthritis; monoarticular arthritis
M62.81 | weak muscles; muscular weakness; proximal muscle weakness
M26.60 | tmj; tmj disorder; tmd; temporomandibular joint disorder; temporomandibular joint dysfunction; tmj dysfunction; jaw joint pain
G57.0 | piriformis syndrome; sciatic nerve entrapment
G57.5 | tarsal tunnel syndrome; tarsal tunnel
G56.2 | cubital tunnel syndrome; ulnar neuropathy at elbow; ulnar nerve entrapment; ulnar neuropathy
G57.1 | meralgia paresthetica; lateral femoral cutaneous nerve entrapment
M21.62 | bunionette; tailor's bunion; tailors bunion
M76.82 | posterior tibial tendinitis; posterior tibial tendon dysfunction; pttd; posterior tibial tendonitis
M76.7 | peroneal tendinitis; peroneal tendonitis; peroneal tendinopathy
M76.0 | gluteal tendinitis; gluteal tendinopathy; gluteus medius tendinopathy
M45.A | non-radiographic axial spondyloarthritis; nr-axspa; nonradiographic axial spondyloarthritis
M48.1 | diffuse idiopathic skeletal hyperostosis; forestier disease; forestier's disease; ankylosing hyperostosis
M47.9 | spondylosis; spinal arthritis; arthritis of spine; spinal osteoarthritis; degenerative spine disease
M21.06 | genu valgum; knock knees; knock-kneed
M21.16 | genu varum; bow legs; bowlegs; bow-legged
Z13.820 | osteoporosis screening; bone density screening; dexa screening; screening dexa
Z79.83 | long term bisphosphonate use; on alendronate; on fosamax; bisphosphonate therapy
Z87.81 | history of fracture; history of broken bone; healed fracture; old healed fracture
Z87.310 | history of osteoporotic fracture; history of fragility fracture; history of osteoporotic vertebral fracture
Z89.51 | bka; below knee amputation; status post bka; below knee amputee; history of below knee amputation
Z89.61 | above knee amputation; status post above knee amputation; above knee amputee; history of above knee amputation
Z89.42 | toe amputation; status post toe amputation; history of toe amputation; amputated toe
`;
