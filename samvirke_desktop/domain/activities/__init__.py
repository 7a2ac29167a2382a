"""Activities and what happens at them: schedules and the sessions they make (public and school
holidays skipped), attendance and check-in, the month grid typed in from paper, the sign-in
sheet, the attendance matrix and the month poster.

``activity_list`` / ``activity_record`` follow the same convention as ``people``. Imports
``people`` (police certificates, volunteer hours), ``team`` and the shared pieces.
"""
