/** Clinical terms, blood and immune (anemias, coagulation, blood counts, immune disorders, lymph nodes, allergy): what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const BLOOD_IMMUNE_TERMS = `
D64.9 | anemia; anaemia; low hemoglobin; low hgb; low hemoglobin level; low red blood cell count; anemic
D50.9 | iron deficiency anemia; ida; iron deficient anemia; microcytic anemia; hypochromic anemia; hypochromic microcytic anemia
D50.0 | chronic blood loss anemia; anemia of chronic blood loss; anemia due to chronic blood loss
D62 | acute blood loss anemia; abla; anemia due to acute blood loss; acute posthemorrhagic anemia; hemorrhagic anemia
E61.1 | iron deficiency; low iron; low ferritin; iron deficiency without anemia; iron depletion
D51.0 | pernicious anemia; addisonian anemia; intrinsic factor deficiency anemia
D51.9 | b12 deficiency anemia; vitamin b12 deficiency anemia; cobalamin deficiency anemia
E53.8 | b12 deficiency; low b12; vitamin b12 deficiency; folate deficiency; low folate; folic acid deficiency
D52.9 | folate deficiency anemia; folic acid deficiency anemia
D53.1 | megaloblastic anemia
D63.1 | anemia of ckd; anemia in ckd; anemia of chronic kidney disease; anemia in chronic kidney disease; renal anemia; anemia of renal disease
D63.8 | anemia of chronic disease; anemia of chronic inflammation; anemia in chronic illness
D63.0 | anemia of malignancy; cancer related anemia; anemia due to cancer; anemia in neoplastic disease
D64.81 | chemo induced anemia; chemotherapy-induced anemia; anemia due to chemotherapy; anemia due to antineoplastic chemotherapy
D57.1 | sickle cell disease; sickle cell anemia; hbss disease; hb ss disease; sickle cell
D57.00 | sickle cell crisis; sickle crisis; vaso-occlusive crisis; vasoocclusive crisis; sickle cell pain crisis; voc
D57.3 | sickle cell trait; sickle trait; hbas
D57.20 | hbsc disease; sickle c disease; hemoglobin sc disease; sickle-hemoglobin c disease
D56.9 | thalassemia; thalassaemia; mediterranean anemia; cooley's anemia
D56.3 | thalassemia trait; thalassemia minor; thal trait; beta thalassemia minor; beta thalassemia trait; alpha thalassemia trait
D56.1 | beta thalassemia; beta thalassemia major
D56.0 | alpha thalassemia
D75.A | g6pd deficiency; g6pd; glucose-6-phosphate dehydrogenase deficiency
D55.0 | g6pd deficiency anemia; favism; g6pd hemolytic anemia
D59.10 | aiha; autoimmune hemolytic anemia; immune hemolytic anemia
D59.12 | cold agglutinin disease; cold autoimmune hemolytic anemia; cold aiha
D59.30 | hus; hemolytic uremic syndrome
D61.9 | aplastic anemia; bone marrow failure; marrow failure
D61.818 | pancytopenia; pancytopenic
D61.810 | chemo induced pancytopenia; chemotherapy-induced pancytopenia; pancytopenia due to chemotherapy
D70.9 | neutropenia; low neutrophils; low anc; low absolute neutrophil count; agranulocytosis; neutropenic
D70.1 | chemo induced neutropenia; chemotherapy-induced neutropenia; neutropenia due to chemotherapy
D72.819 | leukopenia; low white count; low wbc; low white blood cell count; low white cells
D72.810 | lymphopenia; lymphocytopenia; low lymphocytes; low lymphocyte count
D72.829 | leukocytosis; high white count; elevated wbc; high wbc; elevated white blood cell count; elevated white count
D72.820 | lymphocytosis; high lymphocytes; elevated lymphocytes
D72.10 | eosinophilia; high eosinophils; elevated eosinophils
D72.12 | dress syndrome; drug reaction with eosinophilia and systemic symptoms
D69.6 | thrombocytopenia; low platelets; low platelet count; low plt
D69.3 | itp; idiopathic thrombocytopenic purpura; immune thrombocytopenia; autoimmune thrombocytopenia
D75.829 | heparin induced thrombocytopenia; heparin-induced thrombocytopenia; hit syndrome
D75.839 | thrombocytosis; high platelets; elevated platelets; high platelet count; elevated platelet count
D75.838 | reactive thrombocytosis; secondary thrombocytosis
D47.3 | essential thrombocythemia; essential thrombocytosis; primary thrombocythemia
D45 | polycythemia vera; polycythemia rubra vera; prv; polycythaemia vera
D75.1 | polycythemia; secondary polycythemia; erythrocytosis; secondary erythrocytosis
D46.9 | mds; myelodysplastic syndrome; myelodysplasia
D47.2 | mgus; monoclonal gammopathy; monoclonal gammopathy of undetermined significance; paraproteinemia
R71.0 | drop in hemoglobin; hemoglobin drop; falling hematocrit; precipitous drop in hematocrit
D68.9 | coagulopathy; coagulation disorder; clotting disorder; coagulation defect
D66 | hemophilia; hemophilia a; haemophilia; factor viii deficiency; classic hemophilia; classical hemophilia
D67 | hemophilia b; christmas disease; factor ix deficiency
D68.1 | hemophilia c; factor xi deficiency
D68.0 | vwd; von willebrand disease; von willebrand's disease; von willebrand; von willebrands
D68.51 | factor v leiden; fvl; factor v leiden mutation; activated protein c resistance
D68.52 | prothrombin gene mutation; prothrombin 20210a mutation; prothrombin mutation; factor ii mutation
D68.59 | protein c deficiency; protein s deficiency; antithrombin deficiency; antithrombin iii deficiency; hypercoagulable state; hypercoagulability; thrombophilia; primary hypercoagulable state
D68.69 | secondary hypercoagulable state; secondary thrombophilia
D68.61 | antiphospholipid syndrome; antiphospholipid antibody syndrome; anticardiolipin syndrome; hughes syndrome
D68.62 | lupus anticoagulant; lupus anticoagulant syndrome
D68.4 | acquired coagulation factor deficiency; coagulopathy of liver disease; vitamin k deficiency coagulopathy
D68.32 | warfarin coagulopathy; warfarin-induced coagulopathy; anticoagulant-induced bleeding; bleeding due to anticoagulant; coumadin coagulopathy
D65 | dic; disseminated intravascular coagulation; consumptive coagulopathy; defibrination syndrome
R79.1 | elevated inr; high inr; supratherapeutic inr; prolonged pt; prolonged ptt; abnormal coags; abnormal coagulation profile; prolonged inr
D69.0 | henoch-schonlein purpura; henoch schonlein purpura; hsp; iga vasculitis; anaphylactoid purpura
D69.2 | senile purpura; actinic purpura; solar purpura
D69.1 | platelet dysfunction; platelet function disorder; qualitative platelet disorder; platelet function defect
R23.3 | easy bruising; bruises easily; bruising easily; spontaneous bruising; spontaneous ecchymoses
Z79.01 | long term anticoagulation; on warfarin; on coumadin; on blood thinners; chronic anticoagulation; on eliquis; on apixaban; on xarelto; on rivaroxaban; on anticoagulation; anticoagulated
Z79.02 | on plavix; on clopidogrel; long term antiplatelet therapy; dual antiplatelet therapy; dapt; on antiplatelet therapy
Z79.82 | on aspirin; daily aspirin; long term aspirin; aspirin therapy; baby aspirin daily
Z51.81 | inr monitoring; coumadin clinic; warfarin monitoring; anticoagulation monitoring; drug level monitoring
R16.1 | enlarged spleen; splenomegaly; large spleen
Z90.81 | status post splenectomy; history of splenectomy; no spleen; splenectomy status
D73.0 | hyposplenism; functional asplenia
R59.9 | swollen lymph nodes; enlarged lymph nodes; swollen glands; adenopathy; enlarged lymph node; swollen lymph node
R59.1 | lymphadenopathy; generalized lymphadenopathy; diffuse lymphadenopathy
R59.0 | localized lymphadenopathy; cervical lymphadenopathy; axillary lymphadenopathy; inguinal lymphadenopathy; swollen neck glands
I88.9 | lymphadenitis; inflamed lymph node
I88.0 | mesenteric adenitis; mesenteric lymphadenitis
I89.0 | lymphedema; lymphoedema; secondary lymphedema; lymphatic edema
Q82.0 | hereditary lymphedema; primary lymphedema; congenital lymphedema; milroy disease
I97.2 | postmastectomy lymphedema; post mastectomy lymphedema; lymphedema after mastectomy
D84.9 | immunodeficiency; immunocompromised; immune deficiency; weakened immune system; weak immune system
D84.821 | immunosuppressed due to medication; drug-induced immunosuppression; immunosuppression due to drugs; immunocompromised due to medications; immunosuppression due to chemotherapy; chemo induced immunosuppression
Z79.60 | long term immunosuppressant use; on immunosuppressants; on immunosuppressive therapy; long term immunosuppressive therapy
Z79.52 | long term steroid use; chronic steroids; on prednisone; long term prednisone; chronic steroid use; on chronic steroids
D80.1 | hypogammaglobulinemia; acquired hypogammaglobulinemia; low immunoglobulins
D83.9 | cvid; common variable immunodeficiency; common variable immune deficiency
D80.2 | iga deficiency; selective iga deficiency; immunoglobulin a deficiency
D81.9 | scid; severe combined immunodeficiency; bubble boy disease
D82.1 | digeorge syndrome; di george syndrome; thymic hypoplasia
D84.1 | hereditary angioedema; hae; c1 esterase inhibitor deficiency; complement deficiency
D71.8 | chronic granulomatous disease; cgd; chronic granulomatous disease of childhood
D71.9 | neutrophil function disorder; neutrophil dysfunction
B20 | aids; hiv; hiv disease; hiv infection; acquired immunodeficiency syndrome; hiv aids; symptomatic hiv
Z21 | hiv positive; asymptomatic hiv; hiv seropositive; asymptomatic hiv infection; hiv carrier
D89.81 | gvhd; graft versus host disease; graft-versus-host disease
D89.83 | cytokine release syndrome
D89.84 | igg4-related disease; igg4 related disease; igg4 disease
D89.1 | cryoglobulinemia; cryoglobulinemic vasculitis; mixed cryoglobulinemia
D76.1 | hlh; hemophagocytic lymphohistiocytosis; hemophagocytic syndrome
D86.9 | sarcoidosis; sarcoid
D86.0 | pulmonary sarcoidosis; sarcoidosis of lung; lung sarcoid
D86.1 | sarcoidosis of lymph nodes; nodal sarcoidosis
E83.119 | hemochromatosis; haemochromatosis; iron overload
E83.110 | hereditary hemochromatosis; hfe hemochromatosis; genetic hemochromatosis
Z94.81 | status post bone marrow transplant; history of bone marrow transplant; bmt; bone marrow transplant status
Z94.84 | status post stem cell transplant; history of stem cell transplant; stem cell transplant; sct status
R70.0 | elevated esr; high esr; elevated sed rate; high sed rate; raised esr
R79.82 | elevated crp; high crp; raised crp; elevated c reactive protein
R76.89 | positive ana; ana positive; elevated ana titer; positive antinuclear antibody
R76.81 | positive rheumatoid factor; positive rf; elevated rheumatoid factor; positive anti-ccp; positive ccp antibody
T78.40 | allergies; allergic reaction; allergy
T78.2 | anaphylaxis; anaphylactic reaction; anaphylactic shock
T78.3 | angioedema; angioneurotic edema; quincke's edema; giant urticaria
T78.1 | food allergy; food allergies; food allergy reaction; allergic reaction to food; adverse food reaction
T78.0 | food anaphylaxis; anaphylaxis due to food; anaphylactic reaction to food
T78.01 | peanut anaphylaxis; anaphylaxis to peanuts
T88.6 | drug anaphylaxis; anaphylaxis to medication; anaphylactic reaction to drug
T88.7 | drug allergy; drug allergies; medication allergy; adverse drug reaction; drug reaction; medication reaction; drug side effect; side effect of medication; medication side effect
Z88.9 | drug allergy status; medication allergy status; allergic to medications; history of drug allergy; history of medication allergy
Z88.0 | penicillin allergy; pcn allergy; allergic to penicillin; amoxicillin allergy; allergic to amoxicillin
Z88.1 | cephalosporin allergy; antibiotic allergy; allergic to antibiotics
Z88.2 | sulfa allergy; allergic to sulfa; sulfa drug allergy; sulfonamide allergy
Z88.5 | opioid allergy; narcotic allergy; codeine allergy; morphine allergy
Z88.6 | nsaid allergy; aspirin allergy; analgesic allergy
Z91.01 | food allergy status; history of food allergy; allergic to food
Z91.010 | peanut allergy; allergic to peanuts
Z91.011 | milk allergy; dairy allergy; cow's milk allergy; allergic to milk
Z91.012 | egg allergy; allergic to eggs
Z91.013 | shellfish allergy; seafood allergy; fish allergy; allergic to shellfish
Z91.014 | alpha-gal syndrome; alpha gal allergy; red meat allergy; mammalian meat allergy
Z91.018 | tree nut allergy; nut allergy; wheat allergy; soy allergy; allergic to nuts
Z91.030 | bee sting allergy; bee allergy; allergic to bees
Z91.038 | insect sting allergy; wasp allergy; allergic to insect stings
Z91.040 | latex allergy; allergic to latex
Z91.041 | contrast allergy; iv contrast allergy; contrast dye allergy; radiographic dye allergy
Z91.09 | environmental allergies; environmental allergy
Z51.6 | allergy shots; allergen immunotherapy; allergy injections; desensitization to allergens
Z01.82 | allergy testing; allergy test; skin prick testing
D47.1 | mpn; myeloproliferative neoplasm; myeloproliferative disorder; chronic myeloproliferative disorder
D47.4 | primary myelofibrosis; idiopathic myelofibrosis; agnogenic myeloid metaplasia
D75.81 | myelofibrosis; secondary myelofibrosis
D73.5 | splenic infarct; splenic infarction
D58.9 | hemolytic anemia; chronic hemolytic anemia
D58.0 | hereditary spherocytosis; spherocytosis; congenital spherocytic anemia
D59.5 | pnh; paroxysmal nocturnal hemoglobinuria
D61.09 | fanconi anemia; fanconi's anemia
D61.01 | diamond-blackfan anemia; diamond blackfan anemia
D72.825 | bandemia; elevated bands; increased bands
D72.821 | monocytosis; high monocytes; elevated monocytes
D69.59 | secondary thrombocytopenia; drug-induced thrombocytopenia
D68.2 | factor vii deficiency; factor x deficiency; factor xii deficiency; factor v deficiency
Z86.2 | history of anemia; history of itp; history of blood disorder
Z83.2 | family history of anemia; family history of bleeding disorder; family history of clotting disorder
Z13.0 | anemia screening; screening for anemia
T80.92 | transfusion reaction; blood transfusion reaction; reaction to blood transfusion
L27.0 | drug rash; drug eruption; medication rash; morbilliform drug eruption
T63.441 | bee sting; stung by a bee; honeybee sting; bee sting reaction
Z88.4 | anesthesia allergy; allergic to anesthesia; anesthetic allergy
Z88.7 | vaccine allergy; allergic to vaccines
`;
