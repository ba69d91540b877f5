'use strict';
// Changelist filters that pick one related object with the admin's
// autocomplete: choosing (or clearing) a value reloads the list with it.
{
    const $ = django.jQuery;

    $(function() {
        $('select[data-autocomplete-filter]').on('change', function() {
            const params = new URLSearchParams(this.dataset.baseQuery);
            if (this.value) {
                params.set(this.name, this.value);
            } else {
                params.delete(this.name);
            }
            window.location.search = params.toString();
        });
    });
}
