'use strict';
// Tags on the article form: suggestions from the tag admin as you type,
// and any new name becomes a new tag (select2 "tags" mode).
{
    const $ = django.jQuery;

    function init(element) {
        $(element).select2({
            tags: true,
            tokenSeparators: [','],
            theme: 'admin-autocomplete',
            ajax: {
                url: element.dataset.autocompleteUrl,
                dataType: 'json',
                delay: 250,
                data: (params) => ({term: params.term, page: params.page})
            }
        });
    }

    $(function() {
        $('select.admin-tag-autocomplete').each((index, element) => init(element));
    });
}
