#!/bin/sh
# The example data set: four DHS OIG reports tagged "Port of Entry"
# (OIG-21-48, OIG-21-19, OIG-19-53, OIG-18-87), recorded with rectrack's
# own commands.  Run it against an empty database:
#
#   RECTRACK_DB=example.db sh config/example-data.sh
#
# Facts come from the DHS OIG listing and public summaries of the reports.
# The recommendation texts are NOT the official wording: each one is a
# short paraphrase of the report's executive summary, marked
# "(paraphrased)".  OIG-19-53's day of issue is not confirmed (July 2019;
# 2019-07-19 is used) and OIG-18-87's day is taken as 2018-09-28 (FY2018).
# The target date of OIG-21-19's resolved recommendations is illustrative.
# Where the facts give no status at issuance (OIG-21-48, OIG-19-53) the
# recommendations stay open-pending: concurrence alone does not resolve.
set -e

rectrack init
rectrack issuer add dhs-oig --kind oig \
    --name "DHS Office of Inspector General"
rectrack agency add DHS --name "Department of Homeland Security"
rectrack agency add CBP --parent DHS \
    --name "U.S. Customs and Border Protection"

# OIG-21-48: CBP concurred with all three recommendations.
rectrack report add OIG-21-48 --issuer dhs-oig --type audit \
    --issued 2021-07-20 --agency CBP --topic "Port of Entry" \
    --title "CBP Needs to Strengthen Its Oversight and Policy to Better Care for Migrants Needing Medical Attention" \
    --summary "CBP could not always demonstrate staff conducted required medical screenings or consistent welfare checks for all 98 individuals whose medical cases we reviewed. CBP concurred with all three of our recommendations."
rectrack rec add OIG-21-48 --concurrence concur \
    --text "Strengthen oversight of medical screenings and welfare checks of migrants in CBP custody (paraphrased)."
rectrack rec add OIG-21-48 --concurrence concur \
    --text "Issue clear policies and procedures for medical support to individuals in custody (paraphrased)."
rectrack rec add OIG-21-48 --concurrence concur \
    --text "Ensure officers and agents are trained to implement medical support policies (paraphrased)."

# OIG-21-19: all four concurred; at issuance 1-3 resolved and open,
# 4 unresolved and open.
rectrack report add OIG-21-19 --issuer dhs-oig --type audit \
    --sensitivity redacted --issued 2021-02-08 --agency CBP \
    --topic "Port of Entry" \
    --title "CBP Needs to Improve the Oversight of its Canine Program to Better Train and Reinforce Canine Performance (REDACTED)" \
    --summary "CBP's training approach and execution do not fully support the canine teams' mission to detect smuggling of illegal narcotics, agriculture products, and humans at and between ports of entry. CBP concurred with all our recommendations."
rectrack rec add OIG-21-19 --concurrence concur --status open-resolved \
    --target 2021-09-30 \
    --text "Improve oversight of the Canine Program (paraphrased)."
rectrack rec add OIG-21-19 --concurrence concur --status open-resolved \
    --target 2021-09-30 \
    --text "Formalize and implement a realignment plan for the canine training academy (paraphrased)."
rectrack rec add OIG-21-19 --concurrence concur --status open-resolved \
    --target 2021-09-30 \
    --text "Provide proper training capabilities for canine teams (paraphrased)."
rectrack rec add OIG-21-19 --concurrence concur --status open-unresolved \
    --text "Update and standardize Canine Program guidance (paraphrased)."

# OIG-19-53: a management alert with one recommendation, concurred.
rectrack report add OIG-19-53 --issuer dhs-oig --type management-alert \
    --issued 2019-07-19 --agency CBP --topic "Port of Entry" \
    --title "Management Alert - CBP Did Not Adequately Protect Employees from Possible Fentanyl Exposure" \
    --summary "CBP has not always made medications designed to treat narcotic overdose available in case of accidental exposure, lacks an official policy for handling fentanyl and does not require training on its hazards."
rectrack rec add OIG-19-53 --concurrence concur \
    --text "Provide CBP components with guidance, knowledge and tools to handle and reverse overdoses from fentanyl and other opioids (paraphrased)."

# OIG-18-87: an inspection with no recommendations.
rectrack report add OIG-18-87 --issuer dhs-oig --type inspection \
    --issued 2018-09-28 --agency CBP --topic "Port of Entry" \
    --title "Results of Unannounced Inspections into Conditions for Unaccompanied Alien Children in CBP Custody" \
    --summary "CBP facilities we visited appeared to be operating in compliance with the 2015 National Standards on Transport, Escort, Detention, and Search. We made no recommendations in this report."
