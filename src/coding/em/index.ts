/**
 * E/M: levels by MDM and by time, the code for the setting, patient status, preventive, prenatal and
 * prolonged services, and the E/M numbers with their labels.
 * Other folders and packages import from here.
 */
export { emByMdm, type MdmElements, mdmLevel } from "./em-by-mdm.ts";
export { emByTime, visitMinutes } from "./em-by-time.ts";
export { EM_CODES } from "./em-codes.ts";
export { emForSetting, type StayDay } from "./em-for-setting.ts";
export { type EmChoice, higherLevel, MDM_LEVELS, type MdmLevel, OFFICE_LEVELS, type OfficeLevel, type PatientStatus } from "./em-levels.ts";
export { classifyPatientStatus, type PatientStatusContext, type PatientStatusResult } from "./patient-status.ts";
export { type PrenatalVisit, routinePrenatalVisit } from "./prenatal-visit.ts";
export { preventiveCode, type PreventiveVisit } from "./preventive-code.ts";
export { prolongedService, type ProlongedService } from "./prolonged-service.ts";
export { compareLevels, isEmCode, type LevelComparison, providerLevel, type ProviderLevel } from "./provider-level.ts";
export { ageInYears, datePart } from "./service-dates.ts";
export { SETTING_WORDS, type SettingFound, settingPlaceOfService, visitSetting, type VisitSetting } from "./visit-setting.ts";
