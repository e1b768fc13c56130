/** Clinical terms, skin: what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const SKIN_TERMS = `
R21 | rash; skin rash; skin eruption; eruption; nonspecific rash
L29.9 | itching; itchy skin; itch; itchiness; pruritus
L85.3 | dry skin; xerosis; xerosis cutis; xeroderma; asteatosis
L98.9 | skin lesion; skin disorder; skin problem; lesion of skin
R22 | skin lump; lump under skin; subcutaneous nodule; subcutaneous lump; soft tissue mass; skin nodule
R23.3 | easy bruising; bruises easily; spontaneous bruising; petechiae; ecchymoses
R61 | excessive sweating; hyperhidrosis; diaphoresis; night sweats; sweats; sweating
L74.51 | axillary hyperhidrosis; underarm sweating; primary focal hyperhidrosis; sweaty palms
L74.0 | heat rash; prickly heat; miliaria; sweat rash
L03.90 | cellulitis; skin cellulitis; cellulitis of skin
L08.9 | skin infection; soft tissue infection; skin and soft tissue infection; ssti; skin and skin structure infection
L03.11 | leg cellulitis; cellulitis of leg; lower extremity cellulitis; foot cellulitis; arm cellulitis; cellulitis of arm; upper extremity cellulitis; axillary cellulitis
L03.01 | paronychia; finger infection; infected finger; felon; paronychia of finger; cellulitis of finger
L03.03 | toe paronychia; paronychia of toe; infected toe; cellulitis of toe; infected ingrown toenail
L03.211 | facial cellulitis; cellulitis of face; cheek cellulitis
L03.213 | periorbital cellulitis; preseptal cellulitis; eyelid cellulitis
L03.31 | abdominal wall cellulitis; chest wall cellulitis; back cellulitis; trunk cellulitis; buttock cellulitis
L02.91 | abscess; skin abscess; subcutaneous abscess; soft tissue abscess
L02.92 | boil; boils; furuncle; furunculosis
L02.93 | carbuncle; carbuncles
L02.31 | buttock abscess; gluteal abscess; abscess of buttock
L02.41 | axillary abscess; armpit abscess; leg abscess; thigh abscess; arm abscess; abscess of limb
L02.21 | abdominal wall abscess; back abscess; chest wall abscess; groin abscess; trunk abscess
L02.01 | facial abscess; abscess of face
L05.91 | pilonidal cyst; pilonidal sinus; pilonidal disease
L05.01 | pilonidal abscess; infected pilonidal cyst
L01.00 | impetigo; school sores; impetiginous rash
L01.03 | bullous impetigo
L73.9 | folliculitis
L73.1 | razor bumps; shaving bumps; pseudofolliculitis; pseudofolliculitis barbae
L73.2 | hidradenitis; hidradenitis suppurativa; acne inversa
B35.3 | athlete's foot; athletes foot; tinea pedis; foot fungus
B35.1 | toenail fungus; nail fungus; onychomycosis; fungal nail infection; fungal toenails; tinea unguium
B35.4 | ringworm; tinea corporis; ringworm of body
B35.6 | jock itch; tinea cruris; groin fungus
B35.0 | tinea capitis; scalp ringworm; ringworm of scalp
B35.9 | tinea; dermatophytosis; dermatophyte infection
B36.0 | tinea versicolor; pityriasis versicolor; sun fungus
B36.9 | fungal skin infection; fungal rash; superficial fungal infection
B37.2 | cutaneous candidiasis; candidal diaper dermatitis; yeast diaper rash; candidal intertrigo; yeast rash; candida rash; yeast infection of skin; candidal skin infection
L22 | diaper rash; diaper dermatitis; nappy rash
L30.4 | intertrigo; erythema intertrigo
B02.9 | shingles; herpes zoster; zoster
B02.29 | postherpetic neuralgia; post-herpetic neuralgia; phn; post herpetic neuralgia
B00.1 | cold sore; cold sores; fever blister; herpes labialis; oral herpes
B07.9 | wart; warts; verruca; viral wart
B07.8 | common wart; verruca vulgaris; flat wart; flat warts; verruca plana
B07.0 | plantar wart; plantar warts; verruca plantaris
B08.1 | molluscum; molluscum contagiosum; water warts
B01.9 | chickenpox; chicken pox; varicella
B08.4 | hand foot and mouth disease; hfmd; hand foot mouth disease; hand-foot-and-mouth disease
B09 | viral rash; viral exanthem; viral exanthema
B86 | scabies; scabies infestation; sarcoptic itch
B85.0 | head lice; nits; pediculosis capitis
L70.9 | acne; zits; breakouts
L70.0 | acne vulgaris; cystic acne; comedonal acne; nodulocystic acne; inflammatory acne
L71.9 | rosacea; acne rosacea
L71.0 | perioral dermatitis; periorificial dermatitis
L71.1 | rhinophyma; bulbous nose
L30.9 | eczema; dermatitis; eczematous dermatitis; eczematous rash
L20.9 | atopic eczema; atopic dermatitis; flexural eczema
L20.83 | infantile eczema; baby eczema
L30.1 | dyshidrotic eczema; dyshidrosis; pompholyx; dyshidrotic dermatitis
L30.0 | nummular eczema; nummular dermatitis; discoid eczema
L25.9 | contact dermatitis; contact rash
L23.9 | allergic contact dermatitis; contact allergy rash
L23.7 | poison ivy; poison oak; poison sumac; rhus dermatitis; plant dermatitis
L23.0 | nickel allergy; nickel dermatitis; metal allergy rash
L24.9 | irritant contact dermatitis; irritant dermatitis
L21.9 | seborrheic dermatitis; seb derm; seborrhea; seborrheic eczema
L21.0 | dandruff; cradle cap; seborrhea capitis; scalp seborrhea
L28.0 | lichen simplex chronicus; neurodermatitis; lsc
L28.1 | prurigo nodularis; picker's nodules
L40.9 | psoriasis; psoriatic skin disease
L40.0 | plaque psoriasis; psoriasis vulgaris; chronic plaque psoriasis
L40.4 | guttate psoriasis
L40.1 | generalized pustular psoriasis; gpp; von zumbusch psoriasis
L50.9 | hives; urticaria; welts; urticarial rash
L50.8 | chronic urticaria; chronic hives
L50.1 | chronic idiopathic urticaria; chronic spontaneous urticaria; idiopathic urticaria
L27.0 | drug rash; drug eruption; medication rash; drug induced rash; morbilliform drug eruption
L51.9 | erythema multiforme
L51.1 | stevens-johnson syndrome; stevens johnson syndrome; sjs
L51.2 | toxic epidermal necrolysis; lyell syndrome; lyell's syndrome
L42 | pityriasis rosea; christmas tree rash; herald patch rash
L43.9 | lichen planus; cutaneous lichen planus
L55.9 | sunburn; sun burn; sunburned skin
L56.4 | polymorphous light eruption; polymorphic light eruption; pmle; sun allergy; sun rash
L93.0 | discoid lupus; dle; discoid lupus erythematosus; chronic cutaneous lupus
L94.0 | morphea; morphoea; localized scleroderma
L12.0 | bullous pemphigoid; pemphigoid
L72.3 | sebaceous cyst; sebaceous cysts
L72.0 | epidermal inclusion cyst; epidermoid cyst; eic; epidermal cyst; infundibular cyst
L72.11 | pilar cyst; trichilemmal cyst; scalp cyst
L72.9 | skin cyst; cyst of skin; subcutaneous cyst
L82.1 | seborrheic keratosis; sk; seborrheic keratoses; seborrheic wart; senile wart; barnacles
L82.0 | inflamed seborrheic keratosis; irritated seborrheic keratosis; irritated sk; inflamed sk
L57.0 | actinic keratosis; ak; aks; actinic keratoses; solar keratosis; senile keratosis
L91.8 | skin tag; skin tags; acrochordon; acrochordons
D22.9 | mole; moles; nevus; nevi; benign nevus; melanocytic nevus; benign mole
D23.9 | dermatofibroma; histiocytoma of skin; benign skin growth; benign skin neoplasm
D17 | lipoma; fatty tumor; fatty lump; lipomas
D18.01 | skin hemangioma; cherry angioma; cherry angiomas; cherry hemangioma; strawberry hemangioma; infantile hemangioma; strawberry nevus; capillary hemangioma of skin
I78.1 | senile angioma; campbell de morgan spots; spider angioma; spider nevus; spider angiomas
L98.0 | pyogenic granuloma; lobular capillary hemangioma
L91.0 | keloid; keloids; keloid scar; hypertrophic scar
L90.5 | scar; scarring; scar tissue; cicatrix; skin fibrosis
L81.4 | liver spots; age spots; solar lentigo; lentigo; lentigines; sun spots
L81.1 | melasma; chloasma; mask of pregnancy
L81.0 | post inflammatory hyperpigmentation; postinflammatory hyperpigmentation; postinflammatory pigmentation
L80 | vitiligo; leukoderma
L84 | corn; corns; callus; calluses; callosity; clavus; foot callus
L60.0 | ingrown toenail; ingrown nail; ingrowing toenail; onychocryptosis
L60.2 | thickened toenails; thick toenails; onychogryphosis; ram's horn nail
L60.3 | nail dystrophy; dystrophic nails; dystrophic toenails; brittle nails
L60.1 | onycholysis; separated nail; nail lifting
L65.9 | hair loss; thinning hair; alopecia; losing hair; hair thinning; baldness
L64.9 | male pattern baldness; androgenetic alopecia; female pattern hair loss; male pattern hair loss
L63.9 | alopecia areata; patchy hair loss; spot baldness
L65.0 | telogen effluvium; postpartum hair loss; shedding hair
L68.0 | hirsutism; female hirsutism; excess facial hair in women
L89.9 | pressure ulcer; decubitus ulcer; decubitus; bedsore; bed sore; pressure sore; pressure injury; decub
L89.15 | sacral pressure ulcer; sacral decubitus; sacral decub; sacral bedsore; sacral pressure injury; sacral pressure sore; coccyx pressure ulcer; coccygeal pressure injury
L89.6 | heel pressure ulcer; heel pressure injury; heel decubitus; heel bedsore; heel pressure sore
L89.3 | buttock pressure ulcer; buttock pressure injury; buttock decubitus; gluteal pressure ulcer
L89.2 | hip pressure ulcer; hip pressure injury; hip decubitus; trochanteric pressure ulcer
L89.5 | ankle pressure ulcer; ankle pressure injury; ankle decubitus; malleolar pressure ulcer
L89.0 | elbow pressure ulcer; elbow pressure injury; elbow decubitus
L97.9 | leg ulcer; chronic leg ulcer; lower leg ulcer; non-healing leg ulcer
L97.5 | foot ulcer; chronic foot ulcer; toe ulcer; non-healing foot ulcer
L98.49 | skin ulcer; chronic skin ulcer; chronic ulcer of skin
L53.9 | erythema; skin redness; redness of skin; red skin
R23.2 | flushing; facial flushing; skin flushing
R23.1 | pallor; pale skin; paleness
L50.3 | dermatographism; dermographism; skin writing
L50.2 | cold urticaria; cold hives; heat urticaria
L85.8 | keratosis pilaris; chicken skin bumps
L85.9 | hyperkeratosis; thickened skin; epidermal thickening
L83 | acanthosis nigricans; acanthosis
B00.9 | hsv infection; herpes simplex infection; herpes simplex; hsv
B00.89 | herpetic whitlow; herpes whitlow
B00.0 | eczema herpeticum; kaposi varicelliform eruption
L57.8 | sun damage; sun damaged skin; photoaging; solar elastosis; photodamage
Q82.5 | port wine stain; port-wine stain; nevus flammeus; salmon patch; stork bite
L81.3 | cafe au lait spots; cafe au lait spot; cafe-au-lait macules
L81.2 | ephelides; freckling
L73.8 | sebaceous hyperplasia
B35.2 | tinea manuum; hand fungus
B08.3 | fifth disease; slapped cheek; slapped cheek syndrome; erythema infectiosum; parvovirus b19 rash
B08.20 | roseola; sixth disease; roseola infantum; exanthem subitum
Z12.83 | skin cancer screening; full body skin exam; skin check; total body skin exam
Z48.02 | suture removal; stitch removal; stitches removal; staple removal; removal of stitches
Z48.01 | dressing change; wound dressing change; surgical dressing change
`;
