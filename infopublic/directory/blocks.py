"""The shared block set of every StreamField in the directory (guides, how-to sections)."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("titre"))
    level = blocks.ChoiceBlock(
        label=_("niveau"), choices=[("h2", _("Titre 2")), ("h3", _("Titre 3"))], default="h2"
    )

    class Meta:
        icon = "title"
        label = _("Titre")
        template = "blocks/heading_block.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("type"),
        choices=[("info", _("Information")), ("warning", _("Attention")), ("tip", _("Astuce"))],
        default="info",
    )
    text = blocks.RichTextBlock(label=_("texte"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "warning"
        label = _("Encadré")
        template = "blocks/callout_block.html"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("étape"))
    detail = blocks.RichTextBlock(
        label=_("détail"), required=False, features=["bold", "italic", "link", "ul"]
    )

    class Meta:
        icon = "list-ol"
        label = _("Étape")


class StepsBlock(blocks.StructBlock):
    steps = blocks.ListBlock(StepBlock(), label=_("étapes"))

    class Meta:
        icon = "list-ol"
        label = _("Étapes à suivre")
        template = "blocks/steps_block.html"


class LinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("libellé"))
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("adresse web"), required=False)

    class Meta:
        icon = "link"
        label = _("Lien")


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("légende"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(label=_("Paragraphe"), features=RICH_TEXT_FEATURES, icon="pilcrow")
    callout = CalloutBlock()
    steps = StepsBlock()
    links = blocks.ListBlock(
        LinkBlock(), label=_("Liens utiles"), icon="link", template="blocks/links_block.html"
    )
    image = ImageWithCaptionBlock()
    document = DocumentChooserBlock(
        label=_("Document"), icon="doc-full", template="blocks/document_block.html"
    )
    quote = blocks.BlockQuoteBlock(label=_("Citation"))
