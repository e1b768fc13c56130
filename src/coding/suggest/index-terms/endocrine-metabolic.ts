/** Clinical terms, endocrine and metabolic: what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const ENDOCRINE_METABOLIC_TERMS = `
E11.9 | type 2 diabetes; type ii diabetes; diabetes type 2; t2dm; dm2; dm ii; niddm; adult onset diabetes; sugar diabetes; diabetes; diabetes mellitus; dm; diabetic; non-insulin dependent diabetes; diet controlled diabetes; controlled diabetes
E11.65 | uncontrolled diabetes; poorly controlled diabetes; diabetes out of control; inadequately controlled diabetes; dm with hyperglycemia; diabetes with hyperglycemia; uncontrolled type 2 diabetes
E11.649 | diabetic hypoglycemia; diabetes with hypoglycemia; hypoglycemia in diabetic; insulin reaction
E11.641 | diabetic hypoglycemic coma; insulin coma; hypoglycemic coma in diabetic
E11.00 | hyperosmolar hyperglycemic state; hhs; hhns; hyperosmolar nonketotic state; honk; diabetic hyperosmolarity
E11.01 | hyperosmolar coma; hhnk coma; nonketotic hyperosmolar coma
E11.10 | diabetic ketoacidosis; dka; diabetic acidosis; ketoacidosis in diabetes
E11.11 | diabetic coma with ketoacidosis; dka with coma
E11.40 | diabetic neuropathy; diabetic nerve damage; neuropathy due to diabetes
E11.42 | diabetic peripheral neuropathy; diabetic polyneuropathy; dpn; diabetic sensory neuropathy; painful diabetic neuropathy
E11.41 | diabetic mononeuropathy
E11.43 | diabetic autonomic neuropathy; diabetic gastroparesis; gastroparesis due to diabetes
E11.44 | diabetic amyotrophy
E11.21 | diabetic nephropathy; diabetic glomerulosclerosis; kimmelstiel-wilson disease
E11.22 | diabetic chronic kidney disease; diabetic ckd; diabetic kidney disease; dkd; ckd due to diabetes
E11.319 | diabetic retinopathy; diabetic eye disease; background diabetic retinopathy
E11.311 | diabetic macular edema; diabetic retinopathy with macular edema; dr with macular edema
E11.329 | mild npdr; mild nonproliferative diabetic retinopathy
E11.339 | moderate npdr; moderate nonproliferative diabetic retinopathy
E11.349 | severe npdr; severe nonproliferative diabetic retinopathy
E11.359 | pdr; proliferative diabetic retinopathy
E11.36 | diabetic cataract
E11.51 | diabetic peripheral vascular disease; diabetic pvd; diabetic pad; diabetic peripheral angiopathy; diabetic peripheral arterial disease
E11.52 | diabetic gangrene; diabetic peripheral angiopathy with gangrene
E11.621 | diabetic foot ulcer; dfu; diabetic ulcer of foot; neuropathic foot ulcer in diabetic
E11.622 | diabetic skin ulcer; diabetic leg ulcer
E11.610 | charcot foot; diabetic charcot foot; diabetic charcot joint; diabetic neuropathic arthropathy; charcot arthropathy diabetic
E11.620 | diabetic dermopathy; necrobiosis lipoidica diabeticorum; diabetic dermatitis
E11.630 | diabetic periodontal disease; diabetic periodontitis
E11.69 | diabetic osteomyelitis; diabetes with other specified complication
E11.8 | diabetic complication; diabetes with complication
E10.A | presymptomatic type 1 diabetes; autoantibody positive type 1 diabetes
E10.9 | type 1 diabetes; type i diabetes; diabetes type 1; t1dm; dm1; dm i; juvenile diabetes; juvenile onset diabetes; brittle diabetes
E10.65 | uncontrolled type 1 diabetes; poorly controlled type 1 diabetes; type 1 diabetes with hyperglycemia
E10.10 | type 1 dka; dka in type 1 diabetes; type 1 diabetic ketoacidosis
E10.649 | type 1 diabetes with hypoglycemia; type 1 diabetic hypoglycemia
E11.A | diabetes in remission; type 2 diabetes in remission; diabetes mellitus in remission
E09.9 | steroid induced diabetes; drug induced diabetes; medication induced diabetes; steroid diabetes
E13.9 | mody; maturity onset diabetes of the young; post pancreatectomy diabetes
O24.41 | gestational diabetes; gdm; diabetes in pregnancy gestational; pregnancy induced diabetes
R73.03 | prediabetes; pre-diabetes; borderline diabetes; prediabetic; latent diabetes
R73.01 | ifg; elevated fasting glucose; high fasting blood sugar
R73.02 | igt; impaired glucose tolerance; abnormal glucose tolerance test; abnormal gtt
R73.09 | elevated blood sugar; elevated glucose; abnormal glucose; elevated hemoglobin a1c; elevated a1c; abnormal blood sugar
R73.9 | hyperglycemia; high blood sugar; high glucose; hyperglycaemia
E16.2 | hypoglycemia; low blood sugar; low glucose; hypoglycaemia
E16.0 | drug induced hypoglycemia; medication induced hypoglycemia; sulfonylurea induced hypoglycemia
E16.1 | reactive hypoglycemia; postprandial hypoglycemia; hyperinsulinism
Z13.1 | diabetes screening; screening for diabetes
Z83.3 | family history of diabetes; family history of dm; family history of diabetes mellitus
Z86.32 | history of gestational diabetes; history of gdm
R63.1 | polydipsia; excessive thirst; increased thirst
R63.2 | polyphagia; excessive hunger
R35.89 | polyuria; excessive urination; increased urination
Z79.4 | long term insulin use; insulin dependent; on insulin; insulin requiring; uses insulin
Z79.84 | long term oral hypoglycemic use; on oral diabetes medication; on metformin
Z79.85 | long term injectable non-insulin antidiabetic use; on glp-1 agonist; on semaglutide
E66.9 | obesity; obese
E66.01 | morbid obesity; severe obesity; morbidly obese
E66.811 | class 1 obesity; class i obesity; obesity class i
E66.812 | class 2 obesity; class ii obesity; obesity class ii
E66.813 | class 3 obesity; class iii obesity; obesity class iii
E66.09 | exogenous obesity; obesity due to excess calories
E66.2 | obesity hypoventilation syndrome; ohs; pickwickian syndrome
E66.3 | overweight; over weight
E66.1 | drug induced obesity; medication induced weight gain obesity
R63.4 | abnormal weight loss; unintentional weight loss; unexplained weight loss; losing weight
R63.5 | abnormal weight gain; unexplained weight gain; gaining weight
Z68.1 | bmi 19; bmi 18; bmi 17; bmi 16; bmi 15; bmi under 20
Z68.20 | bmi 20
Z68.21 | bmi 21
Z68.22 | bmi 22
Z68.23 | bmi 23
Z68.24 | bmi 24
Z68.25 | bmi 25
Z68.26 | bmi 26
Z68.27 | bmi 27
Z68.28 | bmi 28
Z68.29 | bmi 29
Z68.30 | bmi 30
Z68.31 | bmi 31
Z68.32 | bmi 32
Z68.33 | bmi 33
Z68.34 | bmi 34
Z68.35 | bmi 35
Z68.36 | bmi 36
Z68.37 | bmi 37
Z68.38 | bmi 38
Z68.39 | bmi 39
Z68.41 | bmi 40; bmi 41; bmi 42; bmi 43; bmi 44
Z68.42 | bmi 45; bmi 46; bmi 47; bmi 48; bmi 49
Z68.43 | bmi 50; bmi 51; bmi 52; bmi 53; bmi 54; bmi 55; bmi 56; bmi 57; bmi 58; bmi 59
Z68.44 | bmi 60; bmi 61; bmi 62; bmi 63; bmi 64; bmi 65; bmi 66; bmi 67; bmi 68; bmi 69
Z68.45 | bmi 70; bmi over 70; bmi 75; bmi 80
E78.5 | hyperlipidemia; hld; dyslipidemia; high lipids; elevated lipids; hyperlipemia; lipid disorder
E78.00 | high cholesterol; hypercholesterolemia; elevated cholesterol; raised cholesterol; elevated ldl; high ldl
E78.019 | familial hypercholesterolemia; familial hyperlipidemia type iia
E78.011 | hefh; heterozygous fh
E78.010 | hofh; homozygous fh
E78.1 | hypertriglyceridemia; high triglycerides; elevated triglycerides; pure hyperglyceridemia
E78.2 | mixed hyperlipidemia; combined hyperlipidemia; mixed dyslipidemia; familial combined hyperlipidemia
E78.41 | elevated lipoprotein a; high lipoprotein a; elevated lpa
E78.6 | low hdl; hypoalphalipoproteinemia; lipoprotein deficiency
E78.3 | hyperchylomicronemia; chylomicronemia syndrome
Z13.220 | lipid screening; cholesterol screening; screening for hyperlipidemia
Z71.3 | dietary counseling; nutrition counseling; diet counseling
E72.11 | hyperhomocysteinemia; elevated homocysteine; homocystinuria
E03.9 | hypothyroidism; hypothyroid; underactive thyroid; low thyroid; myxedema; slow thyroid
E06.3 | hashimoto's thyroiditis; hashimoto's; hashimotos; hashimoto disease; chronic lymphocytic thyroiditis; autoimmune thyroiditis
E89.0 | postsurgical hypothyroidism; post thyroidectomy hypothyroidism; postablative hypothyroidism; hypothyroidism after radioactive iodine; status post thyroidectomy hypothyroid
E03.2 | drug induced hypothyroidism; amiodarone induced hypothyroidism; lithium induced hypothyroidism
E03.1 | congenital hypothyroidism; cretinism
E03.5 | myxedema coma; myxoedema coma
E05.90 | hyperthyroidism; hyperthyroid; overactive thyroid; thyrotoxicosis; high thyroid
E05.00 | graves disease; graves' disease; graves; diffuse toxic goiter; basedow disease
E05.91 | thyroid storm; thyrotoxic crisis; thyroid crisis
E05.20 | toxic multinodular goiter; tmng; plummer disease
E05.10 | toxic adenoma; toxic thyroid nodule; hot thyroid nodule
E04.1 | thyroid nodule; solitary thyroid nodule; nontoxic thyroid nodule; cold thyroid nodule
E04.2 | multinodular goiter; mng; nontoxic multinodular goiter
E04.9 | goiter; goitre; enlarged thyroid
E06.1 | subacute thyroiditis; de quervain thyroiditis; granulomatous thyroiditis
E06.9 | thyroiditis
E06.2 | painless thyroiditis; silent thyroiditis; hashitoxicosis
O90.5 | postpartum thyroiditis
R94.6 | abnormal thyroid function tests; abnormal tft; abnormal tsh; elevated tsh; low tsh
Z13.29 | thyroid screening; screening for thyroid disease
E07.9 | thyroid disorder; thyroid disease; thyroid problem
E21.0 | primary hyperparathyroidism; phpt
E21.3 | hyperparathyroidism; hyperparathyroid
N25.81 | secondary hyperparathyroidism of renal origin; renal hyperparathyroidism; shpt due to ckd
E21.1 | secondary hyperparathyroidism; nonrenal secondary hyperparathyroidism
E20.9 | hypoparathyroidism
E89.2 | postsurgical hypoparathyroidism; post thyroidectomy hypoparathyroidism
E27.1 | addison's disease; addison disease; addisons; primary adrenal insufficiency
E27.40 | adrenal insufficiency; adrenocortical insufficiency; hypoadrenalism
E27.2 | adrenal crisis; addisonian crisis
E27.3 | steroid induced adrenal insufficiency; drug induced adrenal insufficiency; secondary adrenal insufficiency from steroids
E24.9 | cushing syndrome; cushing's syndrome; cushings; hypercortisolism
E24.0 | cushing's disease; pituitary cushing's
E24.2 | drug induced cushing's; steroid induced cushing's; iatrogenic cushing syndrome
E26.01 | conn syndrome; conn's syndrome; aldosterone producing adenoma
E26.09 | primary hyperaldosteronism; primary aldosteronism
E26.9 | hyperaldosteronism; aldosteronism
E27.8 | adrenal incidentaloma; adrenal nodule; adrenal mass
E23.0 | hypopituitarism; panhypopituitarism; pituitary insufficiency; sheehan syndrome
E22.1 | hyperprolactinemia; high prolactin; elevated prolactin
E22.0 | acromegaly; gigantism
E22.2 | siadh; syndrome of inappropriate adh; inappropriate antidiuretic hormone secretion
E23.2 | diabetes insipidus; central diabetes insipidus; avp deficiency; pituitary diabetes insipidus
E28.2 | pcos; polycystic ovary syndrome; polycystic ovarian syndrome; stein-leventhal syndrome; pcod
E29.1 | male hypogonadism; primary testicular failure; low testosterone; low t; testosterone deficiency; testicular hypofunction
E28.39 | premature ovarian failure; primary ovarian insufficiency; poi
E30.1 | precocious puberty
E30.0 | delayed puberty
E55.9 | vitamin d deficiency; low vitamin d; vit d deficiency; hypovitaminosis d; vitamin d insufficiency
E55.0 | rickets
E53.8 | vitamin b12 deficiency; b12 deficiency; low b12; cobalamin deficiency; folate deficiency; folic acid deficiency; low folate
E51.9 | thiamine deficiency; vitamin b1 deficiency; b1 deficiency
E51.11 | beriberi; dry beriberi
E56.1 | vitamin k deficiency
E50.9 | vitamin a deficiency
E54 | vitamin c deficiency; scurvy; ascorbic acid deficiency
E52 | niacin deficiency; pellagra
E56.9 | vitamin deficiency; avitaminosis
E61.1 | iron deficiency without anemia; low ferritin; low iron stores
E60 | zinc deficiency
E63.9 | nutritional deficiency
E46 | malnutrition; protein calorie malnutrition; pcm; undernutrition
E43 | severe malnutrition; severe protein calorie malnutrition
E44.0 | moderate malnutrition; moderate protein calorie malnutrition
E44.1 | mild malnutrition; mild protein calorie malnutrition
E41 | marasmus; nutritional marasmus
E40 | kwashiorkor
R64 | cachexia; wasting syndrome; cachectic
E87.1 | hyponatremia; low sodium; hyposmolality; low serum sodium
E87.0 | hypernatremia; high sodium; hyperosmolality
E87.6 | hypokalemia; low potassium; low k
E87.5 | hyperkalemia; high potassium; elevated potassium
E83.42 | hypomagnesemia; low magnesium; low mag
E83.41 | hypermagnesemia; high magnesium
E83.51 | hypocalcemia; low calcium
E83.52 | hypercalcemia; high calcium; elevated calcium
E83.39 | hypophosphatemia; low phosphorus; low phosphate; hyperphosphatemia; high phosphorus; high phosphate
E87.20 | acidosis; metabolic acidosis
E87.21 | acute metabolic acidosis
E87.22 | chronic metabolic acidosis
E87.29 | respiratory acidosis
E87.3 | alkalosis; metabolic alkalosis; respiratory alkalosis
E87.4 | mixed acid-base disorder
E86.0 | dehydration; dehydrated
E86.1 | hypovolemia
E86.9 | volume depletion; hypovolemic state
E87.70 | fluid overload; volume overload; hypervolemia
E87.8 | electrolyte imbalance; electrolyte abnormality; electrolyte disturbance; hyperchloremia; hypochloremia
M10.9 | gout; gouty arthritis; gout flare; acute gout; gout attack
M1A.9 | chronic gout; chronic gouty arthritis
M1A.9XX1 | tophaceous gout; gouty tophi; tophi; chronic tophaceous gout
E79.0 | hyperuricemia; high uric acid; elevated uric acid; asymptomatic hyperuricemia
M11.2 | pseudogout; cppd; calcium pyrophosphate deposition disease; chondrocalcinosis
E88.810 | metabolic syndrome; syndrome x; dysmetabolic syndrome
E88.819 | insulin resistance; insulin resistant
E83.110 | hereditary hemochromatosis; hfe hemochromatosis; genetic hemochromatosis
E83.119 | hemochromatosis; iron overload; bronze diabetes
E83.111 | transfusional iron overload; transfusional hemochromatosis
E83.01 | wilson disease; wilson's disease; hepatolenticular degeneration
E84.9 | cystic fibrosis; cf; mucoviscidosis
E85.9 | amyloidosis
E85.82 | wild type transthyretin amyloidosis; attr-wt amyloidosis; senile systemic amyloidosis
E70.0 | pku; phenylketonuria
E80.20 | porphyria
E75.22 | gaucher disease; gaucher's disease
E88.10 | lipodystrophy
E88.14 | hiv lipodystrophy; hiv-associated lipodystrophy
E73.9 | lactose intolerance; lactase deficiency; milk intolerance
`;
